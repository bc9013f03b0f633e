import type { Page } from '@playwright/test';
import { findAxeViolations } from './support/axe';
import type { BuiltCourse } from './support/built-site';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, linksToLesson, tabTo } from './support/learner';

function requireContentNoteLesson(course: BuiltCourse): string {
  if (!course.contentNoteLessonId) throw new Error(`Course "${course.id}" has no lesson with a content note to test.`);
  return course.contentNoteLessonId;
}

async function expectSearchResultFor(page: Page, course: BuiltCourse): Promise<void> {
  await expect(linksToLesson(page.locator('main'), course.lessonIds[0]).first()).toBeVisible();
}

test.describe('axe-core finds no WCAG 2.2 AA violations', () => {
  test('catalogue', async ({ page }) => {
    await page.goto('/index.html');
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('course overview', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/index.html`);
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('lesson with a content note, before and after choosing to continue', async ({ page, course }) => {
    const lessonId = requireContentNoteLesson(course);
    await page.goto(`/courses/${course.id}/${lessonId}.html`);
    await expectLesson(page, lessonId);
    expect.soft(await findAxeViolations(page), 'before the choice').toEqual([]);
    await page.locator('[data-content-note] button[data-choice="continue"]').first().click();
    await expect(page.locator('[data-content-note-material]').first()).toBeVisible();
    expect(await findAxeViolations(page), 'with the material shown').toEqual([]);
  });

  test('course search page with results', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/search.html?q=${encodeURIComponent(course.searchWord)}`);
    await expectSearchResultFor(page, course);
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('what-is-recorded page, with a reflection on the device and the question before deleting it', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/recorded.html`);
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'recorded');
    await expect(page.locator('[data-reflection-count]')).not.toBeEmpty();
    expect.soft(await findAxeViolations(page), 'no reflections').toEqual([]);
    await page.evaluate((courseId) => localStorage.setItem('peerpath:reflections', JSON.stringify({
      [`${courseId}:a-scenario:a-scene`]: { text: 'A thought.', prompt: 'What would you say?', place: 'A scenario – a scene', updated: '2025-01-01T12:00:00.000Z' },
    })), course.id);
    await page.reload();
    await page.locator('[data-reflection-delete]').click();
    await expect(page.locator('[data-reflection-question]')).toBeFocused();
    expect(await findAxeViolations(page), 'asking before deleting').toEqual([]);
  });

  test('take-a-break page with the grounding steps open, and the exit page', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/take-a-break.html`);
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'break');
    await page.locator('[data-grounding-start]').click();
    await expect(page.locator('[data-grounding-steps]')).toBeVisible();
    expect.soft(await findAxeViolations(page), 'break page').toEqual([]);
    await page.goto(`/courses/${course.id}/exit.html`);
    expect(await findAxeViolations(page), 'exit page').toEqual([]);
  });

  test('lesson in higher contrast and larger text, with display settings open', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/${course.lessonIds[0]}.html`);
    await page.evaluate(() => localStorage.setItem('peerpath:display', JSON.stringify({ textSize: 'larger', contrast: 'more' })));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'more');
    await page.locator('[data-display-settings] > summary').click();
    await expect(page.locator('[data-display-settings]')).toHaveAttribute('open', '');
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('trainers index', async ({ page }) => {
    await page.goto('/trainers/index.html');
    await expect(page.locator('main a[href$=".html"]').first()).toBeVisible();
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('trainer page of a scenario, with its diagram and text outline', async ({ page }) => {
    await page.goto('/trainers/index.html');
    // The first scenario the index lists, whatever the course calls it.
    await activate(page, page.locator('main .trainer-scenarios a').first());
    await expect(page.locator('figure.scenario-diagram svg[role="img"]')).toBeVisible();
    await expect(page.locator('section.scenario-outline')).toBeVisible();
    // Open the outline's scene texts too: closed details hide what a trainer would read.
    for (const summary of await page.locator('section.scenario-outline details > summary').all()) await summary.click();
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('site search page with results', async ({ page, course }) => {
    await page.goto(`/search.html?q=${encodeURIComponent(course.searchWord)}`);
    await expectSearchResultFor(page, course);
    expect(await findAxeViolations(page)).toEqual([]);
  });
});

test.describe('keyboard', () => {
  for (const [name, path] of [
    ['catalogue', () => '/index.html'],
    ['lesson', (course: BuiltCourse) => `/courses/${course.id}/${course.lessonIds[0]}.html`],
  ] as const) {
    test(`the skip link is the first tab stop on the ${name} and moves focus to main`, async ({ page, course }) => {
      await page.goto(path(course));
      await page.keyboard.press('Tab');
      const skipLink = page.locator('a[href="#main"]');
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
    });
  }

  test('the content note offers its three choices to keyboard users', async ({ page, course }) => {
    const lessonId = requireContentNoteLesson(course);
    await page.goto(`/courses/${course.id}/${lessonId}.html`);
    const note = page.locator('[data-content-note]').first();
    const button = (choice: string) => note.locator(`button[data-choice="${choice}"]`);
    const part = (name: string) => note.locator(`[data-content-note-${name}]`);

    await tabTo(page, button('summary'));
    await page.keyboard.press('Space');
    await expect(part('summary')).toBeVisible();
    await expect(part('summary')).toBeFocused();
    await expect(part('material')).toBeHidden();
    await expect(button('summary')).toHaveAttribute('aria-expanded', 'true');

    await tabTo(page, button('continue'), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(part('material')).toBeVisible();
    await expect(part('material')).toBeFocused();
    await expect(part('summary')).toBeHidden();
    await expect(button('continue')).toHaveAttribute('aria-expanded', 'true');
    await expect(button('summary')).toHaveAttribute('aria-expanded', 'false');

    await tabTo(page, button('later'), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(part('later')).toBeVisible();
    await expect(part('later')).toBeFocused();
    await expect(part('material')).toBeHidden();
  });

  test('searching from the header field shows results and leads to the lesson', async ({ page, course }) => {
    await page.goto(`/courses/${course.id}/index.html`);
    await tabTo(page, page.locator('header input[type="search"]'));
    await page.keyboard.type(course.searchWord);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/courses/${course.id}/search\\.html\\?q=${course.searchWord}`));
    await expectSearchResultFor(page, course);
    await activate(page, linksToLesson(page.locator('main'), course.lessonIds[0]).first());
    await expectLesson(page, course.lessonIds[0]);
  });
});
