import { expect, test } from './support/fixtures';
import { measurePageLoadJavaScript } from './support/page-load-javascript';

const budgetBytes = 40 * 1024;

// The budget is for reading: pages with a knowledge check or scenario also load React for it.
test('every lesson page without a quiz or scenario loads at most 40 KB of gzipped JavaScript before any interaction', async ({ page, course }) => {
  test.setTimeout(120_000);
  const measured: string[] = [];
  for (const lessonId of course.lessonIds) {
    const load = await measurePageLoadJavaScript(page, `/courses/${course.id}/${lessonId}.html`);
    const interactive = await page.locator('section.quiz, [data-scenario-id]').count();
    test.info().annotations.push({ type: 'gzipped JavaScript', description: `${lessonId}: ${load.gzipBytes} B${interactive ? ' (with a quiz or scenario)' : ''}` });
    if (interactive) continue;
    measured.push(lessonId);
    const breakdown = load.files.map((file) => `${file.url} ${file.gzipBytes} B`).join('\n');
    expect.soft(load.gzipBytes, `${lessonId}: ${load.gzipBytes} B gzipped JavaScript\n${breakdown}`).toBeLessThanOrEqual(budgetBytes);
  }
  expect(measured.length, 'the sample course has reading-only lessons to measure').toBeGreaterThan(0);
});
