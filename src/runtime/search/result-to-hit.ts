import type lunr from 'lunr';
import { matchedTermsOf } from '../../core/search/query-course-index';
import { refToDocPosition, type SearchIndexFile } from '../../core/search/search-index-file';
import type { SearchHit } from '../../core/search/search-hit';
import { buildSnippet, markWords } from '../../core/search/text-parts';

/** A course index as the worker keeps it after loading. */
export interface LoadedCourseIndex {
  /** Absolute URL the file came from; section links resolve against it, so they work under any LMS path. */
  url: string;
  file: SearchIndexFile;
  index: lunr.Index;
  normalise: (word: string) => string;
}

const SNIPPET_CHARS = 180;

export function resultToHit(course: LoadedCourseIndex, result: lunr.Index.Result): SearchHit | null {
  const doc = course.file.docs[refToDocPosition(result.ref)];
  if (doc === undefined) return null;
  const matched = new Set(matchedTermsOf(result));
  const isMatch = (word: string) => matched.has(course.normalise(word));
  return {
    courseId: course.file.courseId,
    courseTitle: course.file.courseTitle,
    lessonTitle: doc.lessonTitle,
    heading: markWords(doc.heading, isMatch),
    url: new URL(doc.href, course.url).href,
    snippet: buildSnippet(doc.excerpt, isMatch, SNIPPET_CHARS),
    score: result.score,
  };
}
