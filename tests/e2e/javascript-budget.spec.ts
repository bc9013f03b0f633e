import { expect, test } from './support/fixtures';
import { measurePageLoadJavaScript } from './support/page-load-javascript';
import { readLessonPageScripts } from './support/page-scripts';

const budgetBytes = 40 * 1024;

// The budget is for reading: pages with a knowledge check or scenario also load React for it.
// Reading pages whose script tags are the same load the same JavaScript, so one of each kind is
// weighed in the browser: the cost follows the kinds of page, not the number of lessons.
test('every lesson page without a quiz or scenario loads at most 40 KB of gzipped JavaScript before it is idle, and the local LMS only once idle', async ({ page, course }) => {
  const readingPages = course.lessonIds.map((lessonId) => readLessonPageScripts(course.id, lessonId)).filter((scripts) => !scripts.interactive);
  expect(readingPages.length, 'the sample course has reading-only lessons to measure').toBeGreaterThan(0);
  const kinds = Map.groupBy(readingPages, (scripts) => scripts.signature);
  for (const lessons of kinds.values()) {
    const [measured] = lessons;
    if (!measured) continue;
    const load = await measurePageLoadJavaScript(page, `/courses/${course.id}/${measured.lessonId}.html`);
    const alike = lessons.map((lesson) => lesson.lessonId).join(', ');
    test.info().annotations.push({ type: 'gzipped JavaScript', description: `${load.startUpGzipBytes} B at start-up: ${alike}` });
    const breakdown = load.startUp.map((file) => `${file.url} ${file.gzipBytes} B`).join('\n');
    expect.soft(load.startUpGzipBytes, `${alike}: ${load.startUpGzipBytes} B gzipped JavaScript at start-up\n${breakdown}`).toBeLessThanOrEqual(budgetBytes);
    // On the plain site scorm-again keeps the record on this device; it waits until the lesson is shown.
    expect.soft(load.startUp.map((file) => file.url).join('\n'), `${alike}: scorm-again is not part of start-up`).not.toMatch(/scorm12/);
    expect.soft(load.onceIdle.map((file) => file.url).join('\n'), `${alike}: scorm-again loads once the page is idle`).toMatch(/scorm12/);
  }
});
