import type { CourseTree } from '../../core/course-tree';
import {
  SEARCH_FIELDS,
  SEARCH_INDEX_FORMAT,
  type SearchDoc,
  type SearchFieldName,
  type SearchManifest,
  type SearchManifestCourse,
  type SerializedLunrIndex,
} from '../../core/search/search-index-file';
import type { SearchLanguage } from '../../core/search/search-language';
import { truncateAtWord } from '../../core/search/truncate-at-word';
import { buildLunrIndex } from './build-lunr-index';
import type { LessonSection } from './extract-lesson-sections';
import { splitLunrIndex } from './split-lunr-index';

export type SearchCourse = Pick<CourseTree, 'id' | 'title' | 'language'>;

export interface IndexableLesson {
  id: string;
  title: string;
  /** The module the lesson is in, as its page names it. */
  moduleTitle?: string;
  sections: LessonSection[];
}

export interface IndexedCourse {
  course: SearchCourse;
  /** The course folder relative to the index set's folder, ending in "/". */
  path: string;
  lessons: IndexableLesson[];
}

/** An index set as its files hold it: `manifest.json`, `terms-<n>.json` and `docs-<n>.json`. */
export interface SearchIndexSet {
  manifest: SearchManifest;
  shards: SerializedLunrIndex[];
  docFiles: SearchDoc[][];
}

// Long enough to hold most sections whole, so results can show the words around a match; the
// rest of a long section is still searchable, only not quoted.
export const MAX_STORED_EXCERPT_CHARS = 320;
// A results list shows a handful of hits; each costs the fetch of its docs file, so files stay small.
export const DOCS_PER_FILE = 16;

/** One search document per lesson section, courses and lessons in order, indexed by lunr and split by term range. */
export function buildSearchIndexSet(
  language: SearchLanguage,
  courses: readonly IndexedCourse[],
  options: { shardBytes?: number } = {},
): SearchIndexSet {
  const docs: SearchDoc[] = [];
  const documents: Record<SearchFieldName, string>[] = [];
  const manifestCourses: SearchManifestCourse[] = [];
  for (const { course, path, lessons } of courses) {
    const firstDoc = docs.length;
    for (const lesson of lessons) {
      for (const section of lesson.sections) {
        docs.push({
          lessonTitle: lesson.title,
          ...(lesson.moduleTitle === undefined ? {} : { moduleTitle: lesson.moduleTitle }),
          heading: section.heading,
          href: sectionHref(lesson.id, section.anchor),
          excerpt: truncateAtWord(section.text, MAX_STORED_EXCERPT_CHARS),
        });
        documents.push({ heading: section.heading, lessonTitle: lesson.title, text: section.text });
      }
    }
    manifestCourses.push({ id: course.id, title: course.title, path, firstDoc, docCount: docs.length - firstDoc });
  }
  const { shardStarts, shards } = splitLunrIndex(buildLunrIndex(language, SEARCH_FIELDS, documents), options.shardBytes);
  const docFiles: SearchDoc[][] = [];
  for (let start = 0; start < docs.length; start += DOCS_PER_FILE) docFiles.push(docs.slice(start, start + DOCS_PER_FILE));
  return {
    manifest: { format: SEARCH_INDEX_FORMAT, language, courses: manifestCourses, shardStarts, docsPerFile: DOCS_PER_FILE },
    shards,
    docFiles,
  };
}

/** Relative to the course folder, like the lesson pages themselves. */
export function sectionHref(lessonId: string, anchor: string | null): string {
  return anchor === null ? `${lessonId}.html` : `${lessonId}.html#${encodeURIComponent(anchor)}`;
}
