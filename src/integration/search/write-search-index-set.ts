import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { docsFileName, shardFileName } from '../../core/search/search-index-file';
import type { SearchLanguage } from '../../core/search/search-language';
import { buildSearchIndexSet, type IndexableLesson, type IndexedCourse } from './build-search-index-set';
import { extractLessonSections } from './extract-lesson-sections';

export interface WrittenSearchIndex {
  /** The folder of the set's files, relative to the site root. */
  folder: string;
  documents: number;
  shards: number;
  /** All the set's files together, uncompressed. */
  bytes: number;
  buildMs: number;
}

/**
 * Indexes the courses (all in `language`) and writes the set's files into `folder` (relative to `root`):
 * `manifest.json`, its shards and its docs files. `started` is when reading the lessons began.
 */
export async function writeSearchIndexSet(
  root: string,
  folder: string,
  language: SearchLanguage,
  courses: readonly IndexedCourse[],
  started: number,
): Promise<WrittenSearchIndex> {
  const set = buildSearchIndexSet(language, courses);
  const directory = path.join(root, folder);
  await mkdir(directory, { recursive: true });
  const files: [string, unknown][] = [
    ['manifest.json', set.manifest],
    ...set.shards.map((shard, position): [string, unknown] => [shardFileName(position), shard]),
    ...set.docFiles.map((docs, position): [string, unknown] => [docsFileName(position), docs]),
  ];
  let bytes = 0;
  for (const [name, content] of files) {
    const json = JSON.stringify(content);
    bytes += Buffer.byteLength(json);
    await writeFile(path.join(directory, name), json);
  }
  return {
    folder,
    documents: set.manifest.courses.reduce((sum, course) => sum + course.docCount, 0),
    shards: set.shards.length,
    bytes,
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
  return {
    id: lessonId,
    title: extracted.title || lessonId,
    ...(extracted.moduleTitle === null ? {} : { moduleTitle: extracted.moduleTitle }),
    sections: extracted.sections,
  };
}
