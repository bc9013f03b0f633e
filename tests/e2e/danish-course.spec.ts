import type { Page } from '@playwright/test';
import { createTranslator } from '../../src/i18n/strings';
import { readBuiltCourse } from './support/built-site';
import { findCourseInLanguage, readCourseSource } from './support/course-source';
import { expect, test } from './support/fixtures';
import { expectLesson } from './support/learner';

// The sample curriculum's Danish course, found by its language, so the tests follow the source.
const danishCourse = findCourseInLanguage('da');
const danish = createTranslator('da');

/** The links a course's search page lists for a query, once the results have arrived. */
async function searchResultLinks(page: Page, courseId: string, query: string): Promise<string[]> {
  await page.goto(`/courses/${courseId}/search.html?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-panel] [data-search-status]');
  await expect(status).not.toHaveText(danish('search.loading'));
  await expect(status).not.toBeEmpty();
  return page.locator('[data-search-panel] [data-search-list] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('the Danish course', () => {
  // English stemming happens to join "samtaler" and "samtale" too; "samtalerne" only meets them in Danish.
  test('search finds the other forms of a Danish word: "samtaler" and "samtalerne" find sections that only say "samtale"', async ({ page }) => {
    const { lessons } = readCourseSource(danishCourse.slug);
    const onlySingular = lessons.filter(({ source }) => /\bsamtale\b/i.test(source) && !/\bsamtaler(ne)?\b/i.test(source)).map(({ lessonId }) => lessonId);
    expect(onlySingular, 'the course has a lesson that says "samtale" but never "samtaler" or "samtalerne"').not.toEqual([]);

    const singular = await searchResultLinks(page, danishCourse.slug, 'samtale');
    expect(singular.some((href) => onlySingular.some((lessonId) => new RegExp(`(^|/)${lessonId}\\.html`).test(href)))).toBe(true);
    for (const form of ['samtaler', 'samtalerne']) {
      expect(await searchResultLinks(page, danishCourse.slug, form), `"${form}" finds what "samtale" finds`).toEqual(singular);
    }
  });

  test('speaks Danish: the page language, Support now and its catalogue entry', async ({ page }) => {
    const course = readBuiltCourse(danishCourse.slug);
    await page.goto(`/courses/${course.id}/${course.lessonIds[0]}.html`);
    await expectLesson(page, course.lessonIds[0]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('header').getByText(danish('support.now'), { exact: true }).first()).toBeVisible();
    await page.goto('/index.html');
    await expect(page.locator(`[lang="da"] a[href*="${course.id}/"]`).first()).toBeVisible();
  });
});
