import { expect, test } from './support/fixtures';
import { measurePageLoadJavaScript } from './support/page-load-javascript';

const budgetBytes = 40 * 1024;

test('every lesson page loads at most 40 KB of gzipped JavaScript before any interaction', async ({ page, course }) => {
  test.setTimeout(120_000);
  for (const lessonId of course.lessonIds) {
    const load = await measurePageLoadJavaScript(page, `/courses/${course.id}/${lessonId}.html`);
    const breakdown = load.files.map((file) => `${file.url} ${file.gzipBytes} B`).join('\n');
    test.info().annotations.push({ type: 'gzipped JavaScript', description: `${lessonId}: ${load.gzipBytes} B` });
    expect.soft(load.gzipBytes, `${lessonId}: ${load.gzipBytes} B gzipped JavaScript\n${breakdown}`).toBeLessThanOrEqual(budgetBytes);
  }
});
