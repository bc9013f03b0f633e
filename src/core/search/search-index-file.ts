import { isSearchLanguage, type SearchLanguage } from './search-language';

/** Bump when the files' shape changes, so an old cached manifest is refused rather than misread. */
export const SEARCH_INDEX_FORMAT = 2;

/** One searchable section of a lesson (or one role-play), as the results list shows it. */
export interface SearchDoc {
  lessonTitle: string;
  /** Title of the module the lesson is in; absent when the page did not name one. */
  moduleTitle?: string;
  heading: string;
  /** `<lessonId>.html#<anchor>`, relative to the course folder. */
  href: string;
  /** The section's text, cut at a word boundary; results show a snippet of it around the match. */
  excerpt: string;
}

/** A course whose sections an index set holds: documents `firstDoc` to `firstDoc + docCount - 1`. */
export interface SearchManifestCourse {
  id: string;
  title: string;
  /** The course folder relative to the manifest's folder, ending in "/": doc links resolve against it. */
  path: string;
  firstDoc: number;
  docCount: number;
}

/**
 * `manifest.json` of an index set: the sections of one or more courses in one language, searchable
 * with one lunr index that is stored split by term range. A query fetches the manifest, then only the
 * shards holding its words (`terms-<n>.json`, each a lunr index serialised by `lunr.Index#toJSON`),
 * then only the section texts of the hits it shows (`docs-<n>.json`). A document's lunr ref is its
 * position in the set, in base 36.
 */
export interface SearchManifest {
  format: typeof SEARCH_INDEX_FORMAT;
  language: SearchLanguage;
  courses: SearchManifestCourse[];
  /** The first term of each shard, ascending: shard n holds the terms from `shardStarts[n]` up to the next start. */
  shardStarts: string[];
  /** Sections per docs file: section n is in `docs-<floor(n / docsPerFile)>.json`. */
  docsPerFile: number;
}

/** `lunr.Index#toJSON()`'s shape, as `lunr.Index.load` reads it: what each shard file holds. */
export interface SerializedLunrIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

/** The fields each section is indexed under, with the boost a match in that field gets. */
export const SEARCH_FIELDS = [
  { name: 'heading', boost: 3 },
  { name: 'lessonTitle', boost: 1.5 },
  { name: 'text', boost: 1 },
] as const;

export type SearchFieldName = (typeof SEARCH_FIELDS)[number]['name'];

export const shardFileName = (shard: number) => `terms-${shard}.json`;
export const docsFileName = (file: number) => `docs-${file}.json`;

export function refToDocPosition(ref: string): number {
  return Number.parseInt(ref, 36);
}

export function docPositionToRef(position: number): string {
  return position.toString(36);
}

export function isSearchManifest(value: unknown): value is SearchManifest {
  if (typeof value !== 'object' || value === null) return false;
  const manifest = value as Partial<Record<keyof SearchManifest, unknown>>;
  return (
    manifest.format === SEARCH_INDEX_FORMAT &&
    isSearchLanguage(manifest.language) &&
    Array.isArray(manifest.courses) &&
    Array.isArray(manifest.shardStarts) &&
    manifest.shardStarts.every((start) => typeof start === 'string') &&
    typeof manifest.docsPerFile === 'number' &&
    manifest.docsPerFile > 0
  );
}

export function isSerializedLunrIndex(value: unknown): value is SerializedLunrIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<Record<keyof SerializedLunrIndex, unknown>>;
  return (
    typeof index.version === 'string' &&
    Array.isArray(index.fields) &&
    Array.isArray(index.fieldVectors) &&
    Array.isArray(index.invertedIndex) &&
    Array.isArray(index.pipeline)
  );
}

export function isSearchDocList(value: unknown): value is SearchDoc[] {
  return (
    Array.isArray(value) &&
    value.every((doc: unknown) => typeof doc === 'object' && doc !== null && typeof (doc as SearchDoc).href === 'string')
  );
}
