import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { repositoryRoot } from './support/built-site';
import { startDevServer } from './support/dev-server';

// `npm run dev` is the trainers' live preview: an edit to a lesson shows in the open page without
// a manual reload, and an author error shows while they type.
test('live preview reloads the open lesson when its MDX changes, and reports author errors', async ({ page }) => {
  test.setTimeout(120_000);
  const coursesDir = mkdtempSync(path.join(tmpdir(), 'peerpath-live-'));
  cpSync(path.join(repositoryRoot, 'tests/fixtures/valid'), coursesDir, { recursive: true });
  const lessonFile = path.join(coursesDir, 'tiny-course/lessons/welcome.mdx');
  const server = await startDevServer(coursesDir);
  try {
    await page.goto(`${server.url}/courses/tiny-course/welcome.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome');
    await expect(page.getByText('Breaks are part of learning.')).toBeVisible();

    const source = readFileSync(lessonFile, 'utf8');
    writeFileSync(lessonFile, source.replace('Breaks are part of learning.', 'Rest is part of learning too.'));
    await expect(page.getByText('Rest is part of learning too.')).toBeVisible({ timeout: 30_000 });

    writeFileSync(lessonFile, source.replace('estimatedMinutes: 10', 'estimatedMinutes: ten'));
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain('Field `estimatedMinutes` must be a whole number, but it is "ten".');
    expect(server.output()).toContain('tiny-course/lessons/welcome.mdx:5:1 (lesson "welcome")');
    // The open page reloads by itself and shows the same problem instead of the last good lesson.
    await expect(page.locator('vite-error-overlay')).toContainText('must be a whole number, but it is "ten"', { timeout: 30_000 });

    const goodReads = () => server.output().split('Read 1 course with 4 lessons').length;
    const goodReadsBefore = goodReads();
    writeFileSync(lessonFile, source);
    await expect.poll(goodReads, { timeout: 30_000 }).toBeGreaterThan(goodReadsBefore);
    await expect(page.getByText('Breaks are part of learning.')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  } finally {
    await server.stop();
    rmSync(coursesDir, { recursive: true, force: true });
  }
});
