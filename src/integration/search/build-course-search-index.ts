import type { CourseTree } from '../../core/course-tree';
import {
  SEARCH_FIELDS,
  SEARCH_INDEX_FORMAT,
  type SearchDoc,
  type SearchFieldName,
  type SearchIndexFile,
} from '../../core/search/search-index-file';
import { truncateAtWord } from '../../core/search/truncate-at-word';
import { encodeCompactIndex } from './encode-compact-index';
import type { LessonSection } from './extract-lesson-sections';

export type SearchCourse = Pick<CourseTree, 'id' | 'title' | 'language'>;

export interface IndexableLesson {
  id: string;
  title: string;
  sections: LessonSection[];
}

// Long enough to hold most sections whole, so results can show the words around a match; the
// rest of a long section is still searchable, only not quoted.
export const MAX_STORED_EXCERPT_CHARS = 320;

/** One search document per lesson section, in lesson order, with what the results list shows for each. */
export function buildCourseSearchIndex(course: SearchCourse, lessons: IndexableLesson[]): SearchIndexFile {
  const docs: SearchDoc[] = [];
  const documents: Record<SearchFieldName, string>[] = [];
  for (const lesson of lessons) {
    for (const section of lesson.sections) {
      docs.push({
        lessonTitle: lesson.title,
        heading: section.heading,
        href: sectionHref(lesson.id, section.anchor),
        excerpt: truncateAtWord(section.text, MAX_STORED_EXCERPT_CHARS),
      });
      documents.push({ heading: section.heading, lessonTitle: lesson.title, text: section.text });
    }
  }
  return {
    format: SEARCH_INDEX_FORMAT,
    language: course.language,
    courseId: course.id,
    courseTitle: course.title,
    index: encodeCompactIndex(course.language, SEARCH_FIELDS, documents),
    docs,
  };
}

/** Relative to the course folder, like the lesson pages themselves. */
export function sectionHref(lessonId: string, anchor: string | null): string {
  return anchor === null ? `${lessonId}.html` : `${lessonId}.html#${encodeURIComponent(anchor)}`;
}
