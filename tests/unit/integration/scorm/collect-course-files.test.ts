import { describe, expect, it } from 'vitest';
import { relativizeSiteUrls } from '../relativize-site';
import { collectCourseFiles, isOsJunk } from '../../../../src/integration/scorm/collect-course-files';
import { coursePage, createBuiltSite } from './built-site';

function createTwoCourseSite() {
  return createBuiltSite({
    'index.html': coursePage('x'),
    'search.html': '<script type="module" src="/_astro/site-search.E5.js"></script>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'courses/x/index.html': coursePage('x', '<link rel="icon" href="/favicon.svg"><a href="/courses/y/index.html">Other course</a>'),
    'courses/x/second.html': coursePage('x', '<img srcset="/_astro/photo.F6.webp 1x, /_astro/photo.G7.webp 2x">'),
    'courses/x/search-index.json': '{}',
    'courses/x/.DS_Store': 'junk',
    'courses/x/__MACOSX/._index.html': 'junk',
    'courses/y/index.html': '<script type="module" src="/_astro/only-y.H8.js"></script>',
    'courses/y/search-index.json': '{}',
    '_astro/index.A1.css': '@font-face{src:url(/_astro/font.I9.woff2)}',
    '_astro/font.I9.woff2': new Uint8Array([1, 2, 3]),
    '_astro/page.B2.js': 'import{t}from"./tracker.J1.js";import"./side-effect.K2.js";',
    '_astro/tracker.J1.js': 'const l=()=>import("./lazy.L3.js");export const t=1;',
    '_astro/side-effect.K2.js': 'console.log(1)',
    '_astro/lazy.L3.js': 'const icon=new URL("./icon.M4.svg",import.meta.url);new Worker(new URL(`worker.O6.js`,``+import.meta.url));',
    '_astro/worker.O6.js': '',
    '_astro/icon.M4.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '_astro/Quiz.C3.js': 'import{jsx}from"./client.D4.js";',
    '_astro/client.D4.js': 'export const jsx=1;',
    '_astro/photo.F6.webp': 'w',
    '_astro/photo.G7.webp': 'w',
    '_astro/site-search.E5.js': '',
    '_astro/only-y.H8.js': '',
    '_astro/unused.N5.js': '',
    '_astro/.DS_Store': 'junk',
  });
}

const expectedFiles = [
  '_astro/Quiz.C3.js',
  '_astro/client.D4.js',
  '_astro/font.I9.woff2',
  '_astro/icon.M4.svg',
  '_astro/index.A1.css',
  '_astro/lazy.L3.js',
  '_astro/page.B2.js',
  '_astro/photo.F6.webp',
  '_astro/photo.G7.webp',
  '_astro/side-effect.K2.js',
  '_astro/tracker.J1.js',
  '_astro/worker.O6.js',
  'courses/x/index.html',
  'courses/x/search-index.json',
  'courses/x/second.html',
  'favicon.svg',
];

describe('collectCourseFiles', () => {
  it("takes the course folder and every file its pages reach, transitively, and nothing else", () => {
    expect(collectCourseFiles(createTwoCourseSite(), 'x')).toEqual(expectedFiles);
  });

  it('finds the same files once the site has been relativized', () => {
    const dist = createTwoCourseSite();
    relativizeSiteUrls(dist);
    expect(collectCourseFiles(dist, 'x')).toEqual(expectedFiles);
  });

  it("keeps the other course's pages and bundles out", () => {
    const files = collectCourseFiles(createTwoCourseSite(), 'y');
    expect(files).toEqual(['_astro/only-y.H8.js', 'courses/y/index.html', 'courses/y/search-index.json']);
  });

  it('follows links and paths case-exactly, and ignores URLs that leave the site', () => {
    const dist = createBuiltSite({
      'courses/x/index.html':
        '<script src="/_astro/Page.js"></script><img src="../../../outside.png"><a href="https://example.org/x.html">e</a>',
      '_astro/page.js': '',
    });
    expect(collectCourseFiles(dist, 'x')).toEqual(['courses/x/index.html']);
  });

  it('resolves folder URLs to their index.html and decodes percent-encoded paths', () => {
    const dist = createBuiltSite({
      'courses/x/index.html': '<a href="/courses/x/part/">p</a><img src="/_astro/my%20image.png">',
      'courses/x/part/index.html': '',
      '_astro/my image.png': 'p',
    });
    expect(collectCourseFiles(dist, 'x')).toEqual(['_astro/my image.png', 'courses/x/index.html', 'courses/x/part/index.html']);
  });

  it('reads the pages, styles and scripts it scans through the reader it is given, and nothing else', () => {
    const dist = createTwoCourseSite();
    const reads: string[] = [];
    collectCourseFiles(dist, 'y', (file) => {
      reads.push(file);
      return new TextEncoder().encode(file.endsWith('.html') ? '<script src="/_astro/only-y.H8.js"></script>' : '');
    });
    expect(reads.sort()).toEqual(['_astro/only-y.H8.js', 'courses/y/index.html']);
  });
});

describe('isOsJunk', () => {
  it.each(['.DS_Store', 'a/.DS_Store', 'Thumbs.db', '__MACOSX/a.html', 'a/._b.html', 'desktop.ini'])('rejects %s', (file) => {
    expect(isOsJunk(file)).toBe(true);
  });

  it('accepts ordinary built files', () => {
    expect(['_astro/a.js', 'courses/x/index.html', '.well-known/x.json'].filter(isOsJunk)).toEqual([]);
  });
});
