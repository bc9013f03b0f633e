import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { courseSearchIndexPath } from '../../core/site-paths';
import { buildCourseSearchIndex, type IndexableLesson, type SearchCourse } from './build-course-search-index';
import { extractLessonSections } from './extract-lesson-sections';

export interface WrittenSearchIndex {
  file: string;
  documents: number;
  bytes: number;
  buildMs: number;
}

/** Indexes lessons read already and writes the course's `search-index.json`; `started` is when reading began. */
export async function writeSearchIndexFile(
  root: string,
  course: SearchCourse,
  lessons: IndexableLesson[],
  started: number,
): Promise<WrittenSearchIndex> {
  const json = JSON.stringify(buildCourseSearchIndex(course, lessons));
  const file = path.join(root, courseSearchIndexPath(course.id).replace(/^\//, ''));
  await writeFile(file, json);
  return {
    file,
    documents: lessons.reduce((sum, lesson) => sum + lesson.sections.length, 0),
    bytes: Buffer.byteLength(json),
    buildMs: Math.round(performance.now() - started),
  };
}

/** Reads and indexes one lesson's built page; fails the build, saying why, when it is missing or has no body. */
export async function readBuiltLesson(courseDir: string, lessonId: string): Promise<IndexableLesson> {
  const file = path.join(courseDir, `${lessonId}.html`);
  const html = await readFile(file, 'utf8').catch((cause: unknown) => {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AstroError(
      `Search could not read the built page of lesson "${lessonId}" at ${file} (${reason}).`,
      'Every lesson its course lists needs a built page; check the lesson list in course.yaml and the lesson page route.',
    );
  });
  return toIndexableLesson(lessonId, file, html);
}

/** One built lesson page as search indexes it. */
export function toIndexableLesson(lessonId: string, file: string, html: string): IndexableLesson {
  const extracted = extractLessonSections(html);
  if (extracted === null) {
    throw new AstroError(
      `The built page of lesson "${lessonId}" (${file}) has no <article data-search-body>, so search cannot index it.`,
      'The lesson layout must wrap the lesson body in <article data-search-body>.',
    );
  }
  return { id: lessonId, title: extracted.title || lessonId, sections: extracted.sections };
}
