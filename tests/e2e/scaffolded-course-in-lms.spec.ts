import { createTranslator } from '../../src/i18n/strings';
import { expect, test } from './support/fixtures';
import { activate } from './support/learner';
import { lmsPreview } from './support/lms-preview';
import { goToLesson, questionCard, waitForQuizReady } from './support/quiz-learner';
import { scaffoldAndBuildCourse, startPreviewCommand, type ScaffoldedCourse } from './support/scaffolded-course';

// Issue 13, "Done when": a course started with `peerpath new`, built, launched through
// `peerpath preview-lms`; the answer reaches the log in the form each SCORM version requires, and a
// relaunch resumes with the saved state. One scaffolded build serves both versions.
test.describe.configure({ mode: 'serial' });

let course: ScaffoldedCourse;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  course = await scaffoldAndBuildCourse('first-steps');
});

const t = createTranslator('en');
const versions = [
  // 1.2 (RTE 3.4.2.7): a choice response is single characters 0–9, a–z; the course sends the option's place among those shown.
  { version: '12', setValue: 'LMSSetValue', getValue: 'LMSGetValue', response: 'student_response', entry: 'cmi.core.entry', responsePattern: /^[0-9a-z]$/ },
  // 2004 (RTE 4.2.9.2): a choice response is the option's identifier; [,] between several.
  { version: '2004', setValue: 'SetValue', getValue: 'GetValue', response: 'learner_response', entry: 'cmi.entry', responsePattern: /^[A-Za-z0-9_.]+$/ },
] as const;

for (const { version, setValue, getValue, response, entry, responsePattern } of versions) {
  test(`a scaffolded course in the LMS preview (SCORM ${version === '12' ? '1.2' : '2004'}): the answer is logged as ${response}, and a relaunch resumes with the saved state`, async ({ page }) => {
    const preview = await startPreviewCommand([course.id, '--scorm', version === '12' ? '1.2' : '2004', '--preset', 'moodle', '--dist', course.outDir]);
    try {
      await page.goto(preview.address.href);
      const lms = lmsPreview(page);
      await expect(page.getByText(/^Launching the package at \/lms\/content\/[0-9a-f]+\//)).toBeVisible();
      await lms.press('Launch a new attempt');
      await expect(lms.status).toHaveText(`Session 1 running: SCORM ${version === '12' ? '1.2' : '2004'}, normal mode.`);
      await expect(lms.logRows(getValue, entry, 'ab-initio')).toHaveCount(1);

      await goToLesson(page, lms.content, course.lessonId);
      await waitForQuizReady(lms.content, course.quizId, t);
      const card = questionCard(lms.content, course.quizId, course.choiceId);
      const options = await card.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      const right = card.locator(`input[type="radio"][value="${course.rightOptionId}"]`);
      await right.focus();
      await page.keyboard.press('Space');
      await activate(page, card.locator('button.quiz-check'));
      await expect(card.locator('.quiz-status .quiz-feedback-fits')).toBeVisible();

      const expected = version === '12' ? options.indexOf(course.rightOptionId).toString(36) : course.rightOptionId;
      expect(expected).toMatch(responsePattern);
      const element = `cmi.interactions.0.${response}`;
      await expect(lms.logRows(setValue, element, expected, 'true', '0')).toHaveCount(1);
      await expect(lms.logRows(setValue, 'cmi.interactions.0.result', 'correct', 'true', '0')).toHaveCount(1);
      await expect(lms.interactions.filter({ hasText: expected })).toHaveCount(1);

      await lms.press('End the session');
      await expect(lms.status).toContainText('Session 1 ended.');
      const saved = await lms.modelValue('cmi.suspend_data').textContent();
      expect(saved).toBeTruthy();

      await lms.press('Relaunch (resume)');
      await expect(lms.status).toHaveText(`Session 2 running: SCORM ${version === '12' ? '1.2' : '2004'}, normal mode.`);
      await expect(lms.logRows(getValue, entry, 'resume')).toHaveCount(1);
      await expect(lms.modelValue(entry)).toHaveText('resume');
      await expect(lms.logRows(getValue, 'cmi.suspend_data', saved ?? '').first(), 'the course reads back what it saved').toBeVisible();
      await goToLesson(page, lms.content, course.lessonId);
      await waitForQuizReady(lms.content, course.quizId, t);
      await expect(card.locator('.quiz-feedback-area .quiz-feedback-fits'), 'the checked answer is back after the relaunch').toBeVisible();
    } finally {
      await preview.stop();
    }
  });
}
