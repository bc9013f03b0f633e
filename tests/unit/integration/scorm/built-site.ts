import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a small built site (path → contents) into a fresh temp folder, removed after the test. */
export function createBuiltSite(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'peerpath-dist-'));
  created.push(dir);
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

export const readBuilt = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** A course page the way Astro builds one: bundles, styles, an island, navigation and a search index URL. */
export function coursePage(courseId: string, body = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title>
<link rel="stylesheet" href="/_astro/index.A1.css"><script type="module" src="/_astro/page.B2.js"></script>
</head><body><a href="/index.html">All courses</a><a href="/courses/${courseId}/second.html#top">Next</a>
<main data-index-url="/courses/${courseId}/search-index.json">
<astro-island uid="Z1" component-url="/_astro/Quiz.C3.js" component-export="default" renderer-url="/_astro/client.D4.js" props="{&quot;id&quot;:[0,&quot;q1&quot;]}" ssr client="visible"></astro-island>
${body}</main></body></html>`;
}
