import type { Page } from '@playwright/test';
import { findAxeViolations } from './support/axe';
import { readBuiltCourse } from './support/built-site';
import { expect, test } from './support/fixtures';
import { listPageTypes, type PageType } from './support/page-types';

// Every page type at a phone, a large phone, Moodle's default LMS frame (650×666) and a laptop. One
// test per page type: the page is opened once (at the narrowest width) and the window resized to
// each width in turn. The layout is CSS alone (no script reads the window's size), so a resized
// page lays out as one opened at that size; opening it afresh for each width cost three loads,
// hydrations and axe-core injections more per page type for the same checks.
const viewports = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 650, height: 666 },
  { width: 1280, height: 800 },
] as const;
type Viewport = (typeof viewports)[number];

/** How far the page reaches past the right edge of the window, in CSS pixels (0: no sideways scrolling). */
const readSidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Where the bottom of the page's main heading is, from the top of the page. */
const readHeadingBottom = (page: Page) => page.locator('main h1').first().evaluate((heading) => Math.round(heading.getBoundingClientRect().bottom + window.scrollY));

async function checkAt(page: Page, pageType: PageType, viewport: Viewport): Promise<void> {
  const size = `${viewport.width}×${viewport.height}`;
  await page.setViewportSize(viewport);
  await expect.poll(() => page.evaluate(() => window.innerWidth), `${size}: the window has its new width`).toBe(viewport.width);
  expect.soft(await readSidewaysOverflow(page), `${size}: no sideways scrolling`).toBeLessThanOrEqual(0);
  expect.soft(await readHeadingBottom(page), `${size}: the main heading is within the first screen`).toBeLessThanOrEqual(viewport.height);
  expect.soft(await findAxeViolations(page), `${size}: axe-core`).toEqual([]);
  // Kept as a file in the test's output folder as well as attached to the report, to look at.
  const file = test.info().outputPath(`${pageType.name.replace(/[^a-z0-9]+/gi, '-')}-${viewport.width}x${viewport.height}.png`);
  await page.screenshot({ path: file });
  await test.info().attach(`${pageType.name} at ${size}`, { path: file, contentType: 'image/png' });
}

// The page types are read from the built course when the file loads, so each is a test of its own.
for (const pageType of listPageTypes(readBuiltCourse())) {
  test(`${pageType.name} at 320, 390, 650 (an LMS frame) and 1280 px: no sideways scrolling, the heading in the first screen, no axe violations`, async ({ page }) => {
    // One load, four axe runs and screenshots: twice what a one-page test is given.
    test.setTimeout(2 * 60_000);
    await page.setViewportSize(viewports[0]);
    await pageType.open(page);
    for (const viewport of viewports) await test.step(`${viewport.width}×${viewport.height}`, () => checkAt(page, pageType, viewport));
  });
}
