import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../src/i18n/strings';
import { findAxeViolations } from './support/axe';
import { distDirectory, readBuiltCourse } from './support/built-site';
import { findCourseInLanguage, readCourseSource } from './support/course-source';
import { expect, test } from './support/fixtures';
import { expectLesson } from './support/learner';
import { pickLessonsCoveringEveryMarkup } from './support/lesson-markup';
import { waitForQuizReady } from './support/quiz-learner';
import { waitForScenarioReady } from './support/scenario-player';

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

/** Opens every content note on the page (notes can hold notes), then waits for its quizzes and scenarios. */
async function showEverything(page: Page): Promise<void> {
  const closedNotes = page.locator('[data-content-note] button[data-choice="continue"][aria-expanded="false"]').filter({ visible: true });
  while ((await closedNotes.count()) > 0) {
    const button = await closedNotes.first().elementHandle();
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  }
  for (const quizId of await page.locator('section.quiz[data-quiz-id]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-quiz-id') ?? ''))) {
    await waitForQuizReady(page, quizId, danish);
  }
  for (const scenarioId of await page.locator('section.scenario[data-scenario-id]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-scenario-id') ?? ''))) {
    await waitForScenarioReady(page, scenarioId);
  }
}

/** One lesson of each kind once the site is built; before that every lesson (their tests then say to build first). */
function pickLessonsToCheck(): string[] {
  const lessonIds = danishCourse.modules.flatMap((module) => module.lessons);
  if (!existsSync(path.join(distDirectory, 'courses', danishCourse.id, 'index.html'))) return lessonIds;
  return pickLessonsCoveringEveryMarkup(danishCourse.id, readBuiltCourse(danishCourse.id).lessonIds);
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

  // One lesson for each kind of markup the Danish lessons use (support/lesson-markup.ts), so the cost
  // follows what the course is made of, not how many modules it has; one test per lesson, named after
  // it, so a violation points straight at the lesson to fix.
  for (const lessonId of pickLessonsToCheck()) {
    test(`lesson "${lessonId}", with its content notes open and its checks and role-plays ready, has no axe violations`, async ({ page }) => {
      await page.goto(`/courses/${danishCourse.slug}/${lessonId}.html`);
      await expectLesson(page, lessonId);
      await showEverything(page);
      expect(await findAxeViolations(page)).toEqual([]);
    });
  }
});
