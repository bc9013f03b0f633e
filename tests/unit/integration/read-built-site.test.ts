import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/integration/list-files';
import { relativizeAndReadSite, type SiteCourse } from '../../../src/integration/read-built-site';
import { relativizeSiteUrls } from './relativize-site';
import { createFileCompressor, type FileCompressor } from '../../../src/integration/scorm/file-compressor';
import { writeCoursePackages } from '../../../src/integration/scorm/write-course-packages';
import type { PackedFile } from '../../../src/integration/scorm/zip-package';
import { extractLessonSections } from '../../../src/integration/search/extract-lesson-sections';
import { coursePage, createBuiltSite } from './scorm/built-site';
import { defined } from '../../support/defined';

const opened: FileCompressor[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((compressor) => compressor.close()));
});

const courses: SiteCourse[] = [
  { id: 'x', lessonIds: ['first', 'second', 'part/third'] },
  { id: 'y', lessonIds: ['only'] },
];
const packagedCourse = (id: string) => ({ id, title: `Course ${id}`, summary: 'About listening.', version: '1.0.0', language: 'en' as const });

/** A lesson page: site-only links (one inside the searchable body), root-absolute URLs in and around the body. */
function lessonPage(courseId: string, lessonId: string): string {
  return coursePage(
    courseId,
    `<header><a href="/index.html" data-site-only>peerpath</a><a href="/search.html?q=a&amp;b=c" data-site-only>Search all</a></header>
<h1 id="title-${lessonId}">Lesson ${lessonId}</h1>
<article data-search-body><p>Intro to <a href="/courses/${courseId}/index.html">the course</a>.</p>
<p data-site-only>Also on the <a href="/index.html">website</a>: other courses.</p>
<h2 id="listening">Listening</h2><p>Hold <em>space</em> for others. <img src="/_astro/photo.F6.webp" alt="/not/a/url"></p>
<h3 id="pausing">Pausing</h3><p style="background:url(/_astro/photo.F6.webp)">Silence is fine.</p>
<div data-search-exclude><p>Answer: B</p></div></article>`,
  );
}

function siteFiles(): Record<string, string | Uint8Array> {
  return {
    'index.html': coursePage('x', '<a href="/courses/y/index.html">y</a>'),
    'search.html': '<script type="module" src="/_astro/site-search.E5.js"></script>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'courses/x/index.html': coursePage(
      'x',
      '<link rel="icon" href="/favicon.svg"><p data-site-only><a href="/index.html">All</a></p>' +
        '<script type="module">import("../../_astro/inline-only.P1.js")</script>',
    ),
    'courses/x/first.html': lessonPage('x', 'first'),
    'courses/x/second.html': lessonPage('x', 'second'),
    'courses/x/part/third.html': lessonPage('x', 'part/third'),
    'courses/x/search.html': coursePage('x', '<a href="/courses/x/first.html">first</a>'),
    'courses/x/search-index.json': '{"docs":[]}',
    'courses/x/.DS_Store': 'junk',
    'courses/y/index.html': coursePage('y', '<script type="module" src="/_astro/only-y.H8.js"></script>'),
    'courses/y/only.html': lessonPage('y', 'only'),
    'courses/y/search-index.json': '{}',
    '_astro/index.A1.css': '@font-face{src:url(/_astro/font.I9.woff2)}body{background:url("/_astro/photo.F6.webp")}',
    '_astro/font.I9.woff2': new Uint8Array([119, 79, 70, 50, 0, 1, 2, 3]),
    '_astro/photo.F6.webp': new Uint8Array([82, 73, 70, 70, 9, 9]),
    '_astro/page.B2.js': 'import"./shared.E5.js";',
    '_astro/shared.E5.js': 'export const s=1;',
    '_astro/Quiz.C3.js': 'import{jsx}from"./client.D4.js";',
    '_astro/client.D4.js': 'export const jsx=1;',
    '_astro/inline-only.P1.js': 'export const i=1;',
    '_astro/site-search.E5.js': '',
    '_astro/only-y.H8.js': '',
    '_astro/bad.Q2.js': 'fetch("/_astro/data.json")',
  };
}

/** The same built site twice: one for the separate steps, one for relativizeAndReadSite. */
function createSitePair() {
  const files = siteFiles();
  return { separate: createBuiltSite(files), combined: createBuiltSite(files), original: files };
}

function readSite(distDir: string) {
  const compressor = createFileCompressor();
  opened.push(compressor);
  return relativizeAndReadSite(distDir, courses, compressor);
}

const readAll = (distDir: string) =>
  Object.fromEntries(listFiles(distDir).sort().map((file) => [file, new Uint8Array(readFileSync(path.join(distDir, file)))]));

/** The SCORM 1.2 and 2004 zips of one course, unzipped. */
function unzipPackages(packages: { path: string }[]): [Record<string, Uint8Array>, Record<string, Uint8Array>] {
  const [scorm12, scorm2004, ...others] = packages.map((zip) => unzipSync(readFileSync(zip.path)));
  if (!scorm12 || !scorm2004 || others.length > 0) throw new Error(`Expected a SCORM 1.2 and a SCORM 2004 zip, got ${packages.length} zips.`);
  return [scorm12, scorm2004];
}

describe('relativizeAndReadSite', () => {
  it('leaves the same files on disk as relativizeSiteUrls, and reports the same counts', () => {
    const { separate, combined } = createSitePair();
    const expected = relativizeSiteUrls(separate);
    const site = readSite(combined);
    expect({ htmlFiles: site.htmlFiles, cssFiles: site.cssFiles, absoluteInJs: site.absoluteInJs }).toEqual(expected);
    expect(expected.absoluteInJs).toEqual(['_astro/bad.Q2.js']);
    const relativized = readAll(combined);
    expect(relativized).toEqual(readAll(separate));
    expect(new TextDecoder().decode(relativized['courses/x/part/third.html'])).toContain('href="../../../index.html"');
  });

  it('gives packages the same files and bytes as writeCoursePackages reading the relativized site itself', async () => {
    const { separate, combined } = createSitePair();
    relativizeSiteUrls(separate);
    const site = readSite(combined);
    const packedPages = new Map((await Promise.all(site.packedPages)).map((packed) => [packed.path, packed]));
    const known = { files: listFiles(combined), pageReferences: site.pageReferences };
    const packedFiles = new Map<string, PackedFile>();
    const outDir = createBuiltSite({});
    for (const { id } of courses) {
      const course = packagedCourse(id);
      const expected = writeCoursePackages({ distDir: separate, outDir: path.join(outDir, 'separate'), course });
      const actual = writeCoursePackages({ distDir: combined, outDir: path.join(outDir, 'combined'), course, known, packedPages, packedFiles });
      expect(actual.map(({ fileCount, size }) => ({ fileCount, size }))).toEqual(expected.map(({ fileCount, size }) => ({ fileCount, size })));
      const [expected12, expected2004] = unzipPackages(expected);
      const [actual12, actual2004] = unzipPackages(actual);
      expect(Object.keys(actual12)).toEqual(Object.keys(expected12));
      expect(actual12).toEqual(expected12);
      expect(actual2004).toEqual(expected2004);
    }
    const packageX = unzipPackages(writeCoursePackages({ distDir: combined, outDir: path.join(outDir, 'x'), course: packagedCourse('x'), known, packedPages }));
    const [scorm12] = packageX;
    expect(Object.keys(scorm12)).toContain('_astro/inline-only.P1.js');
    expect(new TextDecoder().decode(defined(scorm12['courses/x/first.html'], 'the first lesson in the zip'))).not.toContain('data-site-only');
  });

  it('compresses exactly the pages of the listed courses, site-only parts stripped', async () => {
    const { combined } = createSitePair();
    const site = readSite(combined);
    const packed = await Promise.all(site.packedPages);
    expect(packed.map((file) => file.path).sort()).toEqual([
      'courses/x/first.html',
      'courses/x/index.html',
      'courses/x/part/third.html',
      'courses/x/search.html',
      'courses/x/second.html',
      'courses/y/index.html',
      'courses/y/only.html',
    ]);
    expect([...site.pageReferences.keys()].sort()).toEqual(packed.map((file) => file.path).sort());
  });

  it('reads each lesson as search needs it, from the page before its URLs changed and with its site-only parts', () => {
    const { combined, original } = createSitePair();
    const site = readSite(combined);
    for (const { id: courseId, lessonIds } of courses) {
      const lessons = site.lessons.get(courseId);
      expect([...(lessons?.keys() ?? [])]).toEqual(lessonIds);
      for (const lessonId of lessonIds) {
        const extracted = extractLessonSections(original[`courses/${courseId}/${lessonId}.html`] as string);
        expect(lessons?.get(lessonId)).toEqual({ id: lessonId, title: extracted?.title, sections: extracted?.sections });
      }
    }
    const first = site.lessons.get('x')?.get('first');
    expect(first?.title).toBe('Lesson first');
    expect(first?.sections.map((section) => section.anchor)).toEqual(['title-first', 'listening', 'pausing']);
    expect(first?.sections[0]?.text).toContain('Also on the website: other courses.');
    expect(site.lessonReadMs.get('x')).toBeGreaterThan(0);
  });
});
