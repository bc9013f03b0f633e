import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSearchDocList, isSearchManifest, isSerializedLunrIndex } from '../../../../src/core/search/search-index-file';
import { readBuiltLesson, writeSearchIndexSet } from '../../../../src/integration/search/write-search-index-set';
import { lessonPage } from './lesson-page';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtSite(lessons: Record<string, string>): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'peerpath-search-'));
  made.push(dist);
  mkdirSync(path.join(dist, 'courses/peer'), { recursive: true });
  for (const [id, html] of Object.entries(lessons)) writeFileSync(path.join(dist, `courses/peer/${id}.html`), html);
  return dist;
}

const course = { id: 'peer', title: 'Peer course', language: 'en' } as const;

const courseDir = (dist: string) => path.join(dist, 'courses/peer');

describe('the course search index', () => {
  it('is written to courses/<id>/search/ from the built lesson pages: manifest, shards and docs files, in lesson order', async () => {
    const dist = builtSite({
      welcome: lessonPage({ title: 'Welcome', body: '<p>Hello.</p><h2 id="how">How it works</h2><p>Gently.</p>' }),
      listening: lessonPage({ title: 'Listening', body: '<p>Listen first.</p>' }),
    });
    const started = performance.now();
    const lessons = [await readBuiltLesson(courseDir(dist), 'welcome'), await readBuiltLesson(courseDir(dist), 'listening')];
    const written = await writeSearchIndexSet(dist, 'courses/peer/search', 'en', [{ course, path: '../', lessons }], started);

    const folder = path.join(dist, 'courses/peer/search');
    const files = readdirSync(folder).sort();
    expect(files).toEqual(['docs-0.json', 'manifest.json', ...Array.from({ length: written.shards }, (_, n) => `terms-${n}.json`)].sort());
    const bytes = files.reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
    expect(written).toMatchObject({ folder: 'courses/peer/search', documents: 3, bytes });
    expect(written.buildMs).toBeGreaterThanOrEqual(0);
    const read = (file: string): unknown => JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    expect(isSearchManifest(read('manifest.json'))).toBe(true);
    expect(isSerializedLunrIndex(read('terms-0.json'))).toBe(true);
    const docs = read('docs-0.json');
    expect(isSearchDocList(docs)).toBe(true);
    expect((docs as { href: string }[]).map((doc) => doc.href)).toEqual([
      'welcome.html#lesson-title',
      'welcome.html#how',
      'listening.html#lesson-title',
    ]);
  });

  it('names the lesson when its built page is missing', async () => {
    const dist = builtSite({});
    await expect(readBuiltLesson(courseDir(dist), 'ghost')).rejects.toThrow(/lesson "ghost".*ghost\.html/);
  });

  it('names the lesson when its page has no article marked data-search-body', async () => {
    const dist = builtSite({ plain: '<html><body><main><h1>Plain</h1></main></body></html>' });
    await expect(readBuiltLesson(courseDir(dist), 'plain')).rejects.toThrow(/lesson "plain".*<article data-search-body>/);
  });
});
