import { expect, type Locator } from '@playwright/test';

/**
 * Scrolls `section`'s island into view until Astro has begun hydrating it (taken `ssr` off its
 * `<astro-island>`). Quizzes and role-plays hydrate `client:visible`, and a lesson that has just
 * arrived holds the place it opened at for a moment, putting back scrolls that no learner input
 * made (runtime/return/restore-lesson-place.ts). A test scrolls without input events: one scroll
 * made in that moment is undone before the island is ever seen, and the island then waits for a
 * learner who never scrolls again. A learner's wheel, key or touch ends the hold at once.
 */
export async function scrollUntilHydrating(section: Locator, what: string): Promise<void> {
  const island = section.locator('astro-island').first();
  // What Astro's visible directive watches: the island's own elements (the island has no box of its own).
  const content = island.locator(':scope > *').first();
  await expect(content, `${what} is in the page`).toBeAttached();
  await expect
    .poll(async () => {
      await content.scrollIntoViewIfNeeded();
      return island.evaluate((element) => !element.hasAttribute('ssr'));
    }, { message: `${what} starts hydrating once scrolled into view`, intervals: [100, 250, 500] })
    .toBe(true);
}
