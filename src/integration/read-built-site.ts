import path from 'node:path';
import { courseFolder } from '../core/site-paths';
import { relativizeFile, type RelativizeResult } from './relativize-urls';
import { listFiles } from './list-files';
import { findPageReferences, isOsJunk } from './scorm/collect-course-files';
import { stripSiteOnly } from './scorm/strip-site-only';
import type { FileCompressor } from './scorm/file-compressor';
import type { PackedFile } from './scorm/zip-package';
import type { IndexableLesson } from './search/build-course-search-index';
import { toIndexableLesson } from './search/write-course-search-index';

const encoder = new TextEncoder();

export interface SiteCourse {
  id: string;
  /** Every lesson of the course, in course order. */
  lessonIds: string[];
}

export interface BuiltSite extends RelativizeResult {
  /** URLs in the (relativized) pages of the course folders, by page. */
  pageReferences: Map<string, string[]>;
  /** Lessons as search indexes them, by course id and lesson id; read before their URLs changed. */
  lessons: Map<string, Map<string, IndexableLesson>>;
  /** Milliseconds spent reading lessons for search, by course id. */
  lessonReadMs: Map<string, number>;
  /** Every page of the course folders as a package carries it, being compressed on another thread. */
  packedPages: Promise<PackedFile>[];
}

/**
 * Makes the site's URLs relative and, from the same read of each page, takes what search and packaging need:
 * lesson text, page references, and the page for packages. Each HTML file is read and parsed once, and the
 * compressor works on another thread while this one moves on (and on to search indexes).
 */
export function relativizeAndReadSite(distDir: string, courses: readonly SiteCourse[], compressor: FileCompressor): BuiltSite {
  const site: BuiltSite = {
    htmlFiles: 0,
    cssFiles: 0,
    absoluteInJs: [],
    pageReferences: new Map(),
    lessons: new Map(courses.map((course) => [course.id, new Map<string, IndexableLesson>()])),
    lessonReadMs: new Map(courses.map((course) => [course.id, 0])),
    packedPages: [],
  };
  const lessonByFile = new Map<string, { courseId: string; lessonId: string }>();
  for (const { id: courseId, lessonIds } of courses) {
    for (const lessonId of lessonIds) lessonByFile.set(`${courseFolder(courseId)}/${lessonId}.html`, { courseId, lessonId });
  }
  const courseFolders = courses.map((course) => `${courseFolder(course.id)}/`);
  const cache = new Map<string, Map<string, string>>();
  const ownCopy = createCopier();
  for (const file of listFiles(distDir)) {
    const page = relativizeFile(distDir, file, cache, site);
    if (!page || isOsJunk(file) || !courseFolders.some((folder) => file.startsWith(folder))) continue;
    site.pageReferences.set(file, findPageReferences(page.readUrls(), page.inlineScripts).map(ownCopy));
    const lesson = lessonByFile.get(file);
    if (lesson) {
      const started = performance.now();
      const indexable = detachLesson(toIndexableLesson(lesson.lessonId, path.join(distDir, file), page.original), ownCopy);
      site.lessons.get(lesson.courseId)?.set(lesson.lessonId, indexable);
      site.lessonReadMs.set(lesson.courseId, (site.lessonReadMs.get(lesson.courseId) ?? 0) + performance.now() - started);
    }
    site.packedPages.push(compressor.pack(file, encoder.encode(stripSiteOnly(page.html))));
  }
  return site;
}

// A substring V8 makes by slicing points into the whole string it came from, so keeping a URL or a heading
// id kept its entire page alive: 140 MB at 1 000 lessons, held until packaging ended. These are copies.
// Pages repeat most URLs, so equal texts share one copy.
function createCopier(): (text: string) => string {
  const copies = new Map<string, string>();
  return (text) => {
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = ` ${text}`.slice(1)));
    return copy;
  };
}

function detachLesson({ id, title, sections }: IndexableLesson, ownCopy: (text: string) => string): IndexableLesson {
  return {
    id,
    title: ownCopy(title),
    sections: sections.map(({ anchor, heading, text }) => ({
      anchor: anchor === null ? null : ownCopy(anchor),
      heading: ownCopy(heading),
      text: ` ${text}`.slice(1),
    })),
  };
}
