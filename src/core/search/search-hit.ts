import type { SearchLanguage } from './search-language';
import type { TextPart } from './text-parts';

/** One result as the worker hands it to the page: everything needed to render a link, nothing to compute. */
export interface SearchHit {
  courseId: string;
  /** The language the course (and so the hit's text) is written in. */
  language: SearchLanguage;
  courseTitle: string;
  moduleTitle?: string;
  lessonTitle: string;
  heading: TextPart[];
  /** Absolute URL of the section, resolved against the index file's URL. */
  url: string;
  snippet: TextPart[];
  score: number;
}

/** Narrows a search to some courses or languages; an absent or empty list means all. */
export interface SearchFilters {
  courseIds?: string[];
  languages?: string[];
}
