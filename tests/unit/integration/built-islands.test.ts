import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { containsScormAgain } from '../../bench/page-weight/measure-page-weight';
import { createModuleGraph, staticClosure } from '../../bench/page-weight/module-graph';
import { readPageScripts } from '../../bench/page-weight/read-page-scripts';

// Checks the real build (`npm run build` first; `npm test` does): what learners' pages carry before
// any JavaScript runs, and what a page inside a SCORM package may fetch.
const distDir = path.resolve(import.meta.dirname, '../../..', process.env.E2E_DIST_DIR ?? 'dist');

function readLessonPages(): { file: string; html: string }[] {
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run npm run build first.`);
  return readdirSync(path.join(distDir, 'courses'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file: `courses/${file.replaceAll(path.sep, '/')}`, html: readFileSync(path.join(distDir, 'courses', file), 'utf8') }));
}

const pages = readLessonPages();
const islandsIn = (html: string, sectionClass: string) =>
  DomUtils.findAll((element) => element.name === 'section' && (element.attribs.class ?? '').split(' ').includes(sectionClass), parseDocument(html).children)
    .map((section) => DomUtils.findOne((element) => element.name === 'astro-island', section.children));

describe('the built site', () => {
  it.each([
    ['quiz', 'quiz-question', 'a question card'],
    ['scenario', 'scenario-stage', 'the first scene'],
  ])('renders every %s into the HTML at build, hydrated when visible', (sectionClass, markupClass) => {
    const islands = pages.flatMap((page) => islandsIn(page.html, sectionClass).map((island) => ({ file: page.file, island })));
    expect(islands.length, `the sample course has ${sectionClass} sections`).toBeGreaterThan(0);
    for (const { file, island } of islands) {
      expect(island, `${file}: a ${sectionClass} section holds its island`).not.toBeNull();
      if (!island) continue;
      expect(island.attribs.client, `${file}: hydrated when visible`).toBe('visible');
      const markup = DomUtils.findOne((element) => (element.attribs.class ?? '').split(' ').includes(markupClass), island.children);
      expect(markup, `${file}: the ${sectionClass} markup is in the HTML`).not.toBeNull();
    }
  });

  it('loads scorm-again, on every course page of the site and of its packages, only by a later import() (the plain site\'s local record)', { timeout: 60_000 }, async () => {
    const readNode = await createModuleGraph(distDir);
    const packaged = readdirSync(path.join(distDir, 'scorm')).filter((file) => file.endsWith('.zip')).flatMap((zip) => {
      const entries = unzipSync(readFileSync(path.join(distDir, 'scorm', zip)), { filter: (file) => file.name.endsWith('.html') });
      return Object.entries(entries).map(([file, bytes]) => ({ file, html: new TextDecoder().decode(bytes) }));
    });
    const carriesScormAgain = new Map<string, boolean>();
    const isScormAgain = (file: string) => {
      if (!carriesScormAgain.has(file)) carriesScormAgain.set(file, containsScormAgain(readFileSync(path.join(distDir, file), 'utf8')));
      return carriesScormAgain.get(file);
    };
    // Packages carry the site's own _astro/ files (collect-course-files), so their graph is the site's.
    const early = [...pages, ...packaged].flatMap((page) => {
      const scripts = readPageScripts(page.html);
      const fromPage = (url: string) => path.posix.normalize(path.posix.join(path.posix.dirname(page.file), url));
      const fetched = [...scripts.moduleScripts, ...scripts.islands.flatMap((island) => [island.component, ...island.alongside])].map(fromPage);
      const inline = scripts.inlineScripts.some(containsScormAgain) ? ['an inline script'] : [];
      return [...inline, ...staticClosure(fetched, readNode).filter(isScormAgain)].map((file) => `${page.file}: ${file}`);
    });
    expect(packaged.length).toBeGreaterThan(0);
    expect(early).toEqual([]);
  });
});
