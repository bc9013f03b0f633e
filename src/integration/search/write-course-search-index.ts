import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { courseFolder, courseSearchIndexPath } from '../../core/site-paths';
import { buildCourseSearchIndex, type IndexableLesson, type SearchCourse } from './build-course-search-index';
import { extractLessonSections } from './extract-lesson-sections';

export interface WriteCourseSearchIndexOptions {
  /** The built site's root folder (Astro's `dir` in `astro:build:done`). */
  distDir: string | URL;
  course: SearchCourse;
  /** Every lesson of the course, in course order; each must have a built page. */
  lessonIds: string[];
}

export interface WrittenSearchIndex {
  file: string;
  documents: number;
  bytes: number;
  buildMs: number;
}

const READ_BATCH = 32;

/** Indexes a course's built lesson pages and writes `courses/<courseId>/search-index.json` beside them. */
export async function writeCourseSearchIndex({
  distDir,
  course,
  lessonIds,
}: WriteCourseSearchIndexOptions): Promise<WrittenSearchIndex> {
  const started = performance.now();
  const root = typeof distDir === 'string' ? distDir : fileURLToPath(distDir);
  const courseDir = path.join(root, courseFolder(course.id));
  const lessons: IndexableLesson[] = [];
  // In batches: one at a time waits on the disk a thousand times, all at once can run out of file handles.
  for (let start = 0; start < lessonIds.length; start += READ_BATCH) {
    const batch = lessonIds.slice(start, start + READ_BATCH);
    lessons.push(...(await Promise.all(batch.map((lessonId) => readBuiltLesson(courseDir, lessonId)))));
  }
  return writeSearchIndexFile(root, course, lessons, started);
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
      'Every lesson id passed to writeCourseSearchIndex needs a built page; check the lesson list and the page route.',
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
