import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { courseFolder } from '../core/site-paths';
import { applyContentSecurityPolicy } from './csp/apply-content-security-policy';
import { type BuiltSite, relativizeAndReadSite } from './read-built-site';
import { listFiles } from './list-files';
import type { BuiltCourse } from './read-built-courses';
import { isOsJunk } from './scorm/collect-course-files';
import { createFileCompressor, type FileCompressor } from './scorm/file-compressor';
import { writeCoursePackages, type CoursePackage } from './scorm/write-course-packages';
import type { PackedFile } from './scorm/zip-package';
import type { IndexableLesson, SearchCourse } from './search/build-course-search-index';
import { readBuiltLesson, writeSearchIndexFile, type WrittenSearchIndex } from './search/write-course-search-index';

export interface BuildOutputs {
  searchIndexes: WrittenSearchIndex[];
  packages: CoursePackage[];
  pages: number;
}

/**
 * Everything made from the built site: the Content-Security-Policy in every page, relative URLs (reading, from
 * the same pass, what search and packages need), then search indexes (they go into packages), then both SCORM
 * packages of every course. The site is built once and packaged from.
 */
export async function writeBuildOutputs(
  distDir: string,
  courses: BuiltCourse[],
  logger: AstroIntegrationLogger,
): Promise<BuildOutputs> {
  const compressor = createFileCompressor();
  try {
    return await writeOutputs(distDir, courses, logger, compressor);
  } finally {
    await compressor.close();
  }
}

async function writeOutputs(
  distDir: string,
  courses: BuiltCourse[],
  logger: AstroIntegrationLogger,
  compressor: FileCompressor,
): Promise<BuildOutputs> {
  const pages = listFiles(distDir).filter((file) => file.endsWith('.html') && !isOsJunk(file));
  const csp = applyContentSecurityPolicy(distDir, pages);
  logger.info(`Content-Security-Policy: ${csp.pages} pages, ${csp.scriptHashes} inline scripts and ${csp.styleHashes} inline styles allowed by hash`);
  const site = relativizeAndReadSite(distDir, courses, compressor);
  if (site.absoluteInJs.length > 0) {
    throw new AstroError(
      `Built code still points at the site root, which breaks when an LMS serves a package from its own path:\n${site.absoluteInJs.map((file) => `  ${file}`).join('\n')}`,
      'Reference assets relatively (import, or new URL("./x", import.meta.url)) instead of by a root path.',
    );
  }
  logger.info(`Relative URLs: ${site.htmlFiles} pages, ${site.cssFiles} style sheets`);

  const searchIndexes: WrittenSearchIndex[] = [];
  for (const course of courses) {
    const { lessonIds } = course;
    const index = await writeSearchIndex(distDir, course, lessonIds, site);
    searchIndexes.push(index);
    logger.info(`Search: ${course.id}: ${index.documents} sections from ${lessonIds.length} lessons (${kilobytes(index.bytes)}, ${index.buildMs} ms)`);
  }

  const packedPages = new Map((await Promise.all(site.packedPages)).map((packed) => [packed.path, packed]));
  const packages: CoursePackage[] = [];
  const packedFiles = new Map<string, PackedFile>();
  const known = { files: listFiles(distDir), pageReferences: site.pageReferences };
  for (const { id, title, summary, version, language, passMark } of courses) {
    const course = { id, title, summary, version, language, ...(passMark === undefined ? {} : { passMark }) };
    const outDir = path.join(distDir, 'scorm');
    for (const written of writeCoursePackages({ distDir, outDir, course, packedFiles, known, packedPages })) {
      packages.push(written);
      logger.info(`SCORM ${written.scormVersion}: ${path.relative(distDir, written.path)} (${written.fileCount} files, ${kilobytes(written.size)})`);
    }
  }
  return { searchIndexes, packages, pages: site.htmlFiles };
}

/** The course's search index from the lessons read while relativizing (a lesson without a page fails here). */
async function writeSearchIndex(distDir: string, course: SearchCourse, lessonIds: string[], site: BuiltSite) {
  const started = performance.now() - (site.lessonReadMs.get(course.id) ?? 0);
  const read = site.lessons.get(course.id);
  const courseDir = path.join(distDir, courseFolder(course.id));
  const lessons: IndexableLesson[] = [];
  for (const lessonId of lessonIds) lessons.push(read?.get(lessonId) ?? (await readBuiltLesson(courseDir, lessonId)));
  return writeSearchIndexFile(distDir, course, lessons, started);
}

export function summarizeBuildOutputs(courses: BuiltCourse[], outputs: BuildOutputs, seconds: number): string {
  const lessons = courses.reduce((sum, course) => sum + course.lessonIds.length, 0);
  const sections = outputs.searchIndexes.reduce((sum, index) => sum + index.documents, 0);
  return [
    `peerpath built ${courses.length} course${courses.length === 1 ? '' : 's'} and ${lessons} lessons in ${seconds.toFixed(1)} s:`,
    `  site: ${outputs.pages} pages in dist/`,
    `  SCORM packages: ${outputs.packages.length} in dist/scorm/`,
    `  search: ${sections} sections in ${outputs.searchIndexes.length} index${outputs.searchIndexes.length === 1 ? '' : 'es'}`,
  ].join('\n');
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
