import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUrlsInHtml } from '../../../../src/integration/find-urls';
import { listFiles } from '../../../../src/integration/list-files';
import { relativizeSiteUrls } from '../relativize-site';
import { collectCourseFiles, findPageReferences } from '../../../../src/integration/scorm/collect-course-files';
import { coursePage, createBuiltSite } from './built-site';

function createTwoCourseSite() {
  return createBuiltSite({
    'index.html': coursePage('x'),
    'search.html': '<script type="module" src="/_astro/site-search.E5.js"></script>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'courses/x/index.html': coursePage(
      'x',
      '<link rel="icon" href="/favicon.svg"><a href="/courses/y/index.html">Other</a>' +
        '<script type="module">import("../../_astro/inline-only.P1.js")</script>',
    ),
    'courses/x/second.html': coursePage('x', '<img srcset="/_astro/photo.F6.webp 1x, /_astro/photo%20two.G7.webp 2x">'),
    'courses/x/part/index.html': '<a href="../../../_astro/query.R3.js?v=1&amp;w=2">q</a><a href="/courses/x/">up</a>',
    'courses/x/search-index.json': '{}',
    'courses/x/.DS_Store': 'junk',
    'courses/y/index.html': '<script type="module" src="/_astro/only-y.H8.js"></script>',
    '_astro/index.A1.css': '@font-face{src:url(/_astro/font.I9.woff2)}',
    '_astro/font.I9.woff2': new Uint8Array([1, 2, 3]),
    '_astro/page.B2.js': 'import{t}from"./tracker.J1.js";',
    '_astro/tracker.J1.js': 'const l=()=>import("./lazy.L3.js");export const t=1;',
    '_astro/lazy.L3.js': '',
    '_astro/Quiz.C3.js': 'import{jsx}from"./client.D4.js";',
    '_astro/client.D4.js': '',
    '_astro/photo.F6.webp': 'w',
    '_astro/photo two.G7.webp': 'w',
    '_astro/inline-only.P1.js': '',
    '_astro/query.R3.js': '',
    '_astro/site-search.E5.js': '',
    '_astro/only-y.H8.js': '',
    '_astro/unused.N5.js': '',
  });
}

/** What the build knows after relativizing: every file, and the references of every page, as read there. */
function knowSite(distDir: string): { files: string[]; pageReferences: Map<string, string[]> } {
  const files = listFiles(distDir);
  const pageReferences = new Map(
    files
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const found = findUrlsInHtml(readFileSync(path.join(distDir, file), 'utf8'));
        return [file, findPageReferences(found.urls.map((url) => url.value), found.inlineScripts)];
      }),
  );
  return { files, pageReferences };
}

describe('collectCourseFiles, given what the build knows about the site', () => {
  it.each([
    ['before', false],
    ['after', true],
  ])('finds the same files as without it, %s relativizing', (_, relativized) => {
    const dist = createTwoCourseSite();
    if (relativized) relativizeSiteUrls(dist);
    const known = knowSite(dist);
    for (const courseId of ['x', 'y']) {
      const expected = collectCourseFiles(dist, courseId);
      expect(collectCourseFiles(dist, courseId, undefined, known)).toEqual(expected);
      expect(collectCourseFiles(dist, courseId, undefined, { files: known.files })).toEqual(expected);
      expect(collectCourseFiles(dist, courseId, undefined, { pageReferences: known.pageReferences })).toEqual(expected);
    }
    expect(collectCourseFiles(dist, 'x')).toEqual(
      expect.arrayContaining(['_astro/inline-only.P1.js', '_astro/query.R3.js', '_astro/photo two.G7.webp', '_astro/lazy.L3.js']),
    );
  });

  it('reads only the pages whose references it was not given, and the styles and scripts', () => {
    const dist = createTwoCourseSite();
    relativizeSiteUrls(dist);
    const { files, pageReferences } = knowSite(dist);
    pageReferences.delete('courses/x/second.html');
    const reads: string[] = [];
    const readFile = (file: string) => {
      reads.push(file);
      return readFileSync(path.join(dist, file));
    };
    expect(collectCourseFiles(dist, 'x', readFile, { files, pageReferences })).toEqual(collectCourseFiles(dist, 'x'));
    expect(reads.filter((file) => file.endsWith('.html'))).toEqual(['courses/x/second.html']);
    expect(reads).toContain('_astro/page.B2.js');
  });

  it('takes the list of files it is given instead of listing the site, leaving OS junk out', () => {
    const dist = createTwoCourseSite();
    const files = [...listFiles(dist).filter((file) => file !== '_astro/lazy.L3.js'), 'courses/x/__MACOSX/._index.html'];
    const collected = collectCourseFiles(dist, 'x', undefined, { files });
    expect(collected).toEqual(collectCourseFiles(dist, 'x').filter((file) => file !== '_astro/lazy.L3.js'));
  });
});
