import type { Page } from '@playwright/test';
import { coursePath } from '../../src/core/site-paths';
import { createTranslator } from '../../src/i18n/strings';
import { findAxeViolations } from './support/axe';
import { listCourseFolders } from './support/course-source';
import { expect, test } from './support/fixtures';

// Every course folder with its language: a course in two languages is two folders with one id.
const versions = listCourseFolders().map(({ course }) => course);
const label = (language: 'en' | 'da') => createTranslator(language)('language.label');

/** The site-wide search page's results for a query, once they have arrived. */
async function searchEverything(page: Page, query: string) {
  await page.goto(`/search.html?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-panel] [data-search-status]');
  await expect(status).not.toHaveText(createTranslator('en')('search.loading'));
  await expect(status).not.toBeEmpty();
  return page.locator('[data-search-panel] [data-search-list] > li');
}

test.describe('a course in more than one language, across the site', () => {
  test('the catalogue lists the course once per language, each entry in its language and labelled with it, and axe finds nothing', async ({ page }) => {
    await page.goto('/index.html');
    for (const version of versions) {
      const entries = page.locator('ul.catalog > li').filter({ has: page.locator(`a[href$="${coursePath(version.slug).slice(1)}"]`) });
      await expect(entries, `one entry for ${version.slug}`).toHaveCount(1);
      await expect(entries).toHaveAttribute('lang', version.language);
      if (versions.filter((other) => other.id === version.id).length > 1) await expect(entries.locator('p.language')).toHaveText(label(version.language));
    }
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('search across every course labels each result with its language, marks it as written in it, still stems Danish, and axe finds nothing', async ({ page }) => {
    expect(versions.some((version) => version.language === 'da'), 'the curriculum has a Danish course').toBe(true);
    // "samtalerne" finds "samtale" only through Danish stemming (see danish-course.spec.ts).
    const results = await searchEverything(page, 'samtalerne');
    await expect(results.first()).toBeVisible();
    const seen = await results.evaluateAll((items) => items.map((item) => ({ lang: item.getAttribute('lang'), where: item.querySelector('.search-hit__where')?.textContent ?? '' })));
    expect(seen.some((item) => item.lang === 'da'), 'Danish results').toBe(true);
    for (const item of seen) expect(item.where.endsWith(` · ${label(item.lang === 'da' ? 'da' : 'en')}`), item.where).toBe(true);
    expect(await findAxeViolations(page)).toEqual([]);

    const both = await searchEverything(page, 'recovery');
    const languages = await both.evaluateAll((items) => [...new Set(items.map((item) => item.getAttribute('lang')))].sort());
    expect(languages, 'a word both languages use finds the course in each, told apart').toEqual(['da', 'en']);
  });
});
