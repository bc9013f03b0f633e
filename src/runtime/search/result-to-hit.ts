import type lunr from 'lunr';
import { matchedTermsOf } from '../../core/search/query-course-index';
import type { SearchDoc, SearchManifestCourse } from '../../core/search/search-index-file';
import type { SearchHit } from '../../core/search/search-hit';
import { buildSnippet, markWords } from '../../core/search/text-parts';
import type { IndexSet } from './index-set';

const SNIPPET_CHARS = 180;

/** What the results list shows of one matched section; words are marked only where they match an index term the query matched. */
export function resultToHit(
  set: IndexSet,
  course: SearchManifestCourse,
  doc: SearchDoc,
  result: lunr.Index.Result,
): SearchHit {
  const matched = new Set(matchedTermsOf(result));
  const isMatch = (word: string) => matched.has(set.normalise(word));
  return {
    courseId: course.id,
    courseTitle: course.title,
    language: set.manifest.language,
    ...(doc.moduleTitle === undefined ? {} : { moduleTitle: doc.moduleTitle }),
    lessonTitle: doc.lessonTitle,
    heading: markWords(doc.heading, isMatch),
    url: new URL(doc.href, new URL(course.path, set.url)).href,
    snippet: buildSnippet(doc.excerpt, isMatch, SNIPPET_CHARS),
    score: result.score,
  };
}
