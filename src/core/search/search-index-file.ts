import type { CompactIndex } from './compact-index';
import { isSearchLanguage, type SearchLanguage } from './search-language';

/** Bump when the file shape changes, so an old cached file is refused rather than misread. */
export const SEARCH_INDEX_FORMAT = 1;

/** One searchable section of a lesson, as the results list shows it. */
export interface SearchDoc {
  lessonTitle: string;
  heading: string;
  /** `<lessonId>.html#<anchor>`, relative to the course folder (and so to the index file). */
  href: string;
  /** The section's text, cut at a word boundary; results show a snippet of it around the match. */
  excerpt: string;
}

/**
 * `courses/<courseId>/search-index.json`. A document's lunr ref is its position in `docs`, in base 36.
 */
export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  language: SearchLanguage;
  courseId: string;
  courseTitle: string;
  index: CompactIndex;
  docs: SearchDoc[];
}

/** The fields each section is indexed under, with the boost a match in that field gets. */
export const SEARCH_FIELDS = [
  { name: 'heading', boost: 3 },
  { name: 'lessonTitle', boost: 1.5 },
  { name: 'text', boost: 1 },
] as const;

export type SearchFieldName = (typeof SEARCH_FIELDS)[number]['name'];

export function refToDocPosition(ref: string): number {
  return Number.parseInt(ref, 36);
}

export function isSearchIndexFile(value: unknown): value is SearchIndexFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<Record<keyof SearchIndexFile, unknown>>;
  return (
    file.format === SEARCH_INDEX_FORMAT &&
    isSearchLanguage(file.language) &&
    typeof file.courseId === 'string' &&
    typeof file.courseTitle === 'string' &&
    isCompactIndex(file.index) &&
    Array.isArray(file.docs)
  );
}

function isCompactIndex(value: unknown): value is CompactIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<Record<keyof CompactIndex, unknown>>;
  return (
    typeof index.lunrVersion === 'string' &&
    Array.isArray(index.fields) &&
    Array.isArray(index.pipeline) &&
    Array.isArray(index.terms) &&
    Array.isArray(index.docs)
  );
}
