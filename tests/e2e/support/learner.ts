import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { countTabStopsTo } from './tab-stops';

type Scope = Page | Frame | FrameLocator | Locator;

/** Links to a lesson page however the build made the URL relative ("x.html", "./x.html", "../../courses/c/x.html#h"). */
export function linksToLesson(scope: Scope, lessonId: string): Locator {
  return scope.locator(`a[href^="${lessonId}.html"], a[href*="/${lessonId}.html"]`);
}

/** Links from a course page to its overview, which sits beside the lessons as index.html. */
export function linksToOverview(scope: Scope): Locator {
  return scope.locator('a[href="index.html"], a[href="./index.html"]');
}

/** What a keyboard user does to follow a link or press a button: focus it, press Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Enter');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable that way. The
 * page says how many presses it takes (support/tab-stops.ts), so the keys go without a question
 * after each one; focus is checked at the end, and step by step from there if the count was off.
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; maxPresses?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const maxPresses = options.maxPresses ?? 100;
  const counted = await target.evaluate(countTabStopsTo, options.backwards ?? false);
  let presses = 0;
  for (; counted !== null && presses < Math.min(counted, maxPresses); presses += 1) await page.keyboard.press(key);
  for (; presses <= maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    if (presses < maxPresses) await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${target.toString()} with ${key} in ${maxPresses} presses.`);
}

/** Waits for the page (after a full load or a ClientRouter swap) to show a lesson. */
export async function expectLesson(scope: Scope, lessonId: string): Promise<void> {
  await expect(scope.locator('body')).toHaveAttribute('data-lesson-id', lessonId);
}

/**
 * Every progress mark on the page (nav and overview list) shows the expected state for its lesson. A lesson
 * page's menu lists only its own module's lessons; the overview (`everyLesson`) has a mark for each lesson.
 */
export async function expectProgressMarks(
  scope: Scope,
  visited: readonly string[],
  notVisited: readonly string[],
  { everyLesson = false } = {},
): Promise<void> {
  await expect(scope.locator('[data-progress-mark]').first(), 'a progress mark on the page').toBeAttached();
  const check = async (lessonId: string, state: 'visited' | 'not-visited') => {
    const marks = scope.locator(`[data-progress-mark="${lessonId}"]`);
    if (everyLesson) await expect(marks.first(), `progress mark for ${lessonId}`).toBeAttached();
    const otherState = scope.locator(`[data-progress-mark="${lessonId}"]:not([data-state="${state}"])`);
    await expect(otherState, `every progress mark for ${lessonId} says ${state}`).toHaveCount(0);
  };
  for (const id of visited) await check(id, 'visited');
  for (const id of notVisited) await check(id, 'not-visited');
}
