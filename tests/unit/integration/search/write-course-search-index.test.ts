import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isSearchIndexFile } from '../../../../src/core/search/search-index-file';
import { readBuiltLesson, writeSearchIndexFile } from '../../../../src/integration/search/write-course-search-index';
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
  it('is written to courses/<id>/search-index.json from the built lesson pages, in lesson order', async () => {
    const dist = builtSite({
      welcome: lessonPage({ title: 'Welcome', body: '<p>Hello.</p><h2 id="how">How it works</h2><p>Gently.</p>' }),
      listening: lessonPage({ title: 'Listening', body: '<p>Listen first.</p>' }),
    });
    const started = performance.now();
    const lessons = [await readBuiltLesson(courseDir(dist), 'welcome'), await readBuiltLesson(courseDir(dist), 'listening')];
    const written = await writeSearchIndexFile(dist, course, lessons, started);

    expect(written.file).toBe(path.join(dist, 'courses/peer/search-index.json'));
    const json = readFileSync(written.file, 'utf8');
    expect(written).toMatchObject({ documents: 3, bytes: Buffer.byteLength(json) });
    expect(written.buildMs).toBeGreaterThanOrEqual(0);
    const file: unknown = JSON.parse(json);
    expect(isSearchIndexFile(file)).toBe(true);
    expect((file as { docs: { href: string }[] }).docs.map((doc) => doc.href)).toEqual([
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
