import type { TextPart } from './text-parts';

/** One result as the worker hands it to the page: everything needed to render a link, nothing to compute. */
export interface SearchHit {
  courseId: string;
  courseTitle: string;
  lessonTitle: string;
  heading: TextPart[];
  /** Absolute URL of the section, resolved against the index file's URL. */
  url: string;
  snippet: TextPart[];
  score: number;
}

