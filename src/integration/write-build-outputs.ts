import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { CourseSource } from '../content/checks/check-course-tree';
import { relativizeSiteUrls } from './relativize-urls';
import { writeCoursePackages, type CoursePackage } from './scorm/write-course-packages';
import type { PackedFile } from './scorm/zip-package';
import { writeCourseSearchIndex, type WrittenSearchIndex } from './search/write-course-search-index';

export interface BuildOutputs {
  searchIndexes: WrittenSearchIndex[];
  packages: CoursePackage[];
  pages: number;
}

/**
 * Everything made from the built site: search indexes first (they go into packages), then relative
 * URLs, then both SCORM packages of every course. The site is built once and packaged from.
 */
export async function writeBuildOutputs(
  distDir: string,
  courses: CourseSource[],
  logger: AstroIntegrationLogger,
): Promise<BuildOutputs> {
  const searchIndexes: WrittenSearchIndex[] = [];
  for (const { data: course } of courses) {
    const lessonIds = course.modules.flatMap((module) => module.lessons);
    const index = await writeCourseSearchIndex({ distDir, course, lessonIds });
    searchIndexes.push(index);
    logger.info(`Search: ${course.id}: ${index.documents} sections from ${lessonIds.length} lessons (${kilobytes(index.bytes)}, ${index.buildMs} ms)`);
  }

  const site = relativizeSiteUrls(distDir);
  if (site.absoluteInJs.length > 0) {
    throw new AstroError(
      `Built code still points at the site root, which breaks when an LMS serves a package from its own path:\n${site.absoluteInJs.map((file) => `  ${file}`).join('\n')}`,
      'Reference assets relatively (import, or new URL("./x", import.meta.url)) instead of by a root path.',
    );
  }
  logger.info(`Relative URLs: ${site.htmlFiles} pages, ${site.cssFiles} style sheets`);

  const packages: CoursePackage[] = [];
  const packedFiles = new Map<string, PackedFile>();
  for (const { data } of courses) {
    const { id, title, summary, version, language } = data;
    const course = { id, title, summary, version, language };
    for (const written of writeCoursePackages({ distDir, outDir: path.join(distDir, 'scorm'), course, packedFiles })) {
      packages.push(written);
      logger.info(`SCORM ${written.scormVersion}: ${path.relative(distDir, written.path)} (${written.fileCount} files, ${kilobytes(written.size)})`);
    }
  }
  return { searchIndexes, packages, pages: site.htmlFiles };
}

export function summarizeBuildOutputs(courses: CourseSource[], outputs: BuildOutputs, seconds: number): string {
  const lessons = courses.reduce((sum, course) => sum + course.lessons.length, 0);
  const sections = outputs.searchIndexes.reduce((sum, index) => sum + index.documents, 0);
  return [
    `peerpath built ${courses.length} course${courses.length === 1 ? '' : 's'} and ${lessons} lessons in ${seconds.toFixed(1)} s:`,
    `  site: ${outputs.pages} pages in dist/`,
    `  SCORM packages: ${outputs.packages.length} in dist/scorm/`,
    `  search: ${sections} sections in ${outputs.searchIndexes.length} index${outputs.searchIndexes.length === 1 ? '' : 'es'}`,
  ].join('\n');
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
