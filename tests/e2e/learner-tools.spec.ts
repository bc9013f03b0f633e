import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, linksToLesson, tabTo } from './support/learner';
import { decodeLessonPlace, sectionKey } from '../../src/core/scorm/lesson-place';
import { defined } from '../support/defined';

/** The lesson's bookmark as the local LMS keeps it on the plain website. */
async function readBookmark(page: Page, courseId: string): Promise<string | undefined> {
  const stored = await page.evaluate((key) => localStorage.getItem(key), `peerpath:lms:${courseId}`);
  return /"lesson_location":"([^"]*)"/.exec(stored ?? '')?.[1];
}

/**
 * Stops the page's clock until `page.clock.resume()`, after moving it half a minute on (firing what
 * falls due on the way). Whatever the test does meanwhile takes no time on the page, however slow
 * the machine: three presses stay "in quick succession", tabbing past a part is not "staying" there.
 */
async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 30_000);
}

/** Shift three times in quick succession, as a person makes the exit shortcut. Needs `page.clock.install()`. */
async function exitPresses(page: Page): Promise<void> {
  await pauseClock(page);
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.clock.resume();
}

test('Take a break saves the place, offers the break page and returns to the same heading, all by keyboard', async ({ page, course }) => {
  const lessonId = course.lessonIds[0];
  // The page's clock, so "reading there for a moment" takes no real time and cannot be cut short by load.
  await page.clock.install();
  await page.goto(`/courses/${course.id}/${lessonId}.html`);
  await expectLesson(page, lessonId);
  const heading = page.locator('article[data-search-body] h2[id]').nth(2);
  const headingId = await heading.getAttribute('id');
  await heading.evaluate((element) => {
    element.scrollIntoView({ block: 'start', behavior: 'instant' });
    window.dispatchEvent(new Event('scroll')); // the event the browser sends on its next frame, now
  });
  // Reading there for a moment is what makes it the place to return to; tabbing up to the header
  // passes other parts without stopping, which the paused clock makes true however slow the machine.
  await pauseClock(page);
  await tabTo(page, page.locator('header a[data-take-a-break]'));
  await page.clock.resume();
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'break');
  expect(new URL(page.url()).pathname).toBe(`/courses/${course.id}/take-a-break.html`);
  const bookmark = defined(await readBookmark(page, course.id), 'a bookmark');
  expect(decodeLessonPlace(bookmark), 'the break page is not the bookmark: the place read is').toMatchObject({ lessonId, sectionKey: sectionKey(defined(headingId, 'a heading id')) });
  await expect(page.locator('a[data-exit-this-page]')).toBeVisible();

  const start = page.locator('button[data-grounding-start]');
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-grounding-steps]')).toBeVisible();
  await expect(start).toHaveAttribute('aria-expanded', 'true');

  const back = page.locator('main a[data-break-return].primary');
  await expect(back).toHaveAttribute('href', new RegExp(`/${lessonId}\\.html$`));
  await tabTo(page, back);
  await page.keyboard.press('Enter');
  await expectLesson(page, lessonId);
  await expect(heading).toBeInViewport();
  await expect(heading, 'focus on the heading of the section returned to').toBeFocused();
});

test('Shift three times on a page with a content note replaces it with the neutral page', async ({ page, course }) => {
  const lessonId = course.contentNoteLessonId;
  if (!lessonId) throw new Error(`Course "${course.id}" has no lesson with a content note to test.`);
  await page.clock.install();
  await page.goto(`/courses/${course.id}/index.html`);
  await activate(page, linksToLesson(page.locator('main'), lessonId).filter({ visible: true }).first());
  await expectLesson(page, lessonId);
  await expect(page.locator('a[data-exit-this-page]')).toBeVisible();
  const siteName = (await page.locator('header .brand').innerText()).trim();

  await page.locator('main').focus();
  await exitPresses(page);
  await expect(page).toHaveURL(new RegExp(`/courses/${course.id}/exit\\.html$`));
  await expect(page.locator('h1')).toBeVisible();
  await expect(page, 'the neutral page says nothing about the course').toHaveTitle(siteName);

  await page.goBack();
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview'); // the sensitive page left the history
});

test('Exit this page is absent, and the shortcut does nothing, on a page without sensitive material', async ({ page, course }) => {
  const plainLesson = defined(course.lessonIds.find((id) => id !== course.contentNoteLessonId), 'a lesson without a content note');
  await page.clock.install();
  await page.goto(`/courses/${course.id}/${plainLesson}.html`);
  await expectLesson(page, plainLesson);
  await expect(page.locator('a[data-exit-this-page]')).toBeHidden();
  await exitPresses(page);
  // An exit hides the page in the same keydown that starts it (html[data-exiting]), so once the
  // presses are delivered there is nothing left to wait for.
  await expect(page.locator('html')).not.toHaveAttribute('data-exiting', /.*/);
  expect(new URL(page.url()).pathname).toBe(`/courses/${course.id}/${plainLesson}.html`);
  await expectLesson(page, plainLesson);
});

test('display settings apply at once, survive a reload and carry across course pages', async ({ page, course }) => {
  await page.goto('/index.html');
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const standardSize = await fontSize();

  await tabTo(page, page.locator('header details[data-display-settings] > summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('input[name="textSize"][value="standard"]'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, page.locator('input[name="contrast"]'));
  await page.keyboard.press('Space');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(html).toHaveAttribute('data-contrast', 'more');
  expect(await fontSize()).toBeGreaterThan(standardSize * 1.3);

  await page.reload();
  await expect(html).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('input[name="textSize"][value="larger"]')).toBeChecked();

  await page.goto(`/courses/${course.id}/${course.lessonIds[0]}.html`);
  await expect(html).toHaveAttribute('data-contrast', 'more');
  await activate(page, page.locator('a[rel="next"]'));
  await expectLesson(page, course.lessonIds[1]);
  await expect(html, 'kept across a ClientRouter navigation').toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('input[name="contrast"]')).toBeChecked();
});
