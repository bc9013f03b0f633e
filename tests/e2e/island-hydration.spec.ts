import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { distDirectory } from './support/built-site';
import { expect, test } from './support/fixtures';

/** What the page saw of its islands when the ClientRouter was about to swap it out. */
interface SwapWitness {
  /** Hydration had begun (Astro took `ssr` off) when the learner pressed Next. */
  hydratingWhenLeft: boolean;
  /** Each island's state at `astro:before-swap`: its ssr attribute and how its hydration ended. */
  atSwap: { ssr: boolean; hydration: string | null }[];
}

/** The first lesson of the course with `marker` in its page and a Next link, in course order. */
function findLesson(courseId: string, lessonIds: readonly string[], marker: string): string {
  const found = lessonIds.find((lessonId) => {
    const html = readFileSync(path.join(distDirectory, 'courses', courseId, `${lessonId}.html`), 'utf8');
    return html.includes(marker) && html.includes('rel="next"');
  });
  if (!found) throw new Error(`The course has no lesson with ${marker} and a Next link to test.`);
  return found;
}

/**
 * Leaves the page by its Next link at the moment Astro hands the island to React: in the same
 * task that takes `ssr` off, before React has rendered anything, so the swap is asked for while
 * the island is hydrating. The CPU is slowed so that hydration outlasts loading the next page.
 */
async function leaveMidHydration(page: Page, islandSelector: string): Promise<SwapWitness> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  try {
    await page.evaluate((selector) => {
      const island = document.querySelector(selector)?.closest('astro-island');
      if (!island?.hasAttribute('ssr')) throw new Error(`${selector} is not an island waiting to hydrate`);
      const witness: SwapWitness = { hydratingWhenLeft: false, atSwap: [] };
      Object.assign(window, { swapWitness: witness });
      new MutationObserver((_, observer) => {
        if (island.hasAttribute('ssr')) return;
        observer.disconnect();
        witness.hydratingWhenLeft = island.getAttribute('data-hydration') === null;
        document.querySelector<HTMLAnchorElement>('a[rel="next"]')?.click();
      }).observe(island, { attributes: true, attributeFilter: ['ssr'] });
      document.addEventListener('astro:before-swap', () => {
        witness.atSwap = [...document.querySelectorAll('astro-island')].map((element) => ({
          ssr: element.hasAttribute('ssr'),
          hydration: element.getAttribute('data-hydration'),
        }));
      }, { once: true });
    }, islandSelector);
    const before = await page.evaluateHandle(() => (window as unknown as { swapWitness: SwapWitness }).swapWitness);
    await page.locator(islandSelector).scrollIntoViewIfNeeded();
    const nextLessonId = await page.locator('a[rel="next"]').getAttribute('href');
    await page.waitForURL((url) => !!nextLessonId && url.pathname.endsWith(nextLessonId.replace(/^.*\//, '')));
    return await before.jsonValue();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

for (const [kind, marker, selector] of [
  ['knowledge check', 'data-quiz-id=', '.quiz .quiz-body'],
  ['role-play scenario', 'data-scenario-id=', '.scenario .scenario-player'],
] as const) {
  test(`leaving a lesson while its ${kind} is hydrating waits for the island, then moves on without an error`, async ({ page, course }) => {
    const lessonId = findLesson(course.id, course.lessonIds, marker);
    await page.goto(`/courses/${course.id}/${lessonId}.html`);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator(selector).first(), 'the island is in the HTML before any JavaScript runs').toBeAttached();

    const witness = await leaveMidHydration(page, selector);

    expect(witness.hydratingWhenLeft, 'Next was pressed while the island was hydrating').toBe(true);
    // Every island of the page left is committed or was never started: React is never asked to
    // unmount a root it is still hydrating (React 19's error #424, which the page guard would see).
    expect(witness.atSwap.length).toBeGreaterThan(0);
    for (const island of witness.atSwap) expect(island.ssr ? 'not started' : String(island.hydration)).toMatch(/^(done|skipped|not started)$/);
    expect(witness.atSwap.some((island) => island.hydration === 'done'), 'the island that was hydrating finished first').toBe(true);
    await expect(page.locator('body')).not.toHaveAttribute('data-lesson-id', lessonId);
  });
}
