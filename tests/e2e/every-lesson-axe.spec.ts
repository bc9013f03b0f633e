import { createTranslator } from '../../src/i18n/strings';
import { findAxeViolations } from './support/axe';
import { courseIdUnderTest } from './support/built-site';
import { listCourseFolders } from './support/course-source';
import { expect, test } from './support/fixtures';
import { expectLesson } from './support/learner';
import { showWholeLesson } from './support/show-whole-lesson';

// Every lesson of every rendering of the course under test (the original and its language
// versions), with its content notes open and its checks and role-plays ready: one test per module
// and language, so a violation names the module and (in its message) the lesson to fix.

const renderings = listCourseFolders().filter(({ course }) => course.id === courseIdUnderTest).map(({ course }) => course);

for (const rendering of renderings) {
  const text = createTranslator(rendering.language);
  test.describe(`axe-core on every lesson, ${rendering.language} (${rendering.slug})`, () => {
    for (const [index, module] of rendering.modules.entries()) {
      test(`module ${index}: ${module.lessons.length} lessons, content notes open, have no WCAG 2.2 AA violations`, async ({ page }) => {
        // The suite's budget for one page (playwright.config.ts) for each lesson of the module.
        test.setTimeout(module.lessons.length * test.info().project.timeout);
        for (const lessonId of module.lessons) {
          await test.step(lessonId, async () => {
            await page.goto(`/courses/${rendering.slug}/${lessonId}.html`);
            await expectLesson(page, lessonId);
            await expect(page.locator('html')).toHaveAttribute('lang', rendering.language);
            await showWholeLesson(page, text);
            expect.soft(await findAxeViolations(page), `lesson "${lessonId}"`).toEqual([]);
          });
        }
      });
    }
  });
}
