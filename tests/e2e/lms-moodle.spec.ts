import type { Frame, Page } from '@playwright/test';
import type { ScormVersion } from './support/built-site';
import { expect, test } from './support/fixtures';
import { activate, expectProgressMarks } from './support/learner';
import { closeCourseFrame, openHarness } from './support/lms-harness';
import { countCalls, describeFailedCalls, readLmsLog, readLmsStored, readValuesSet, scormNames, type LmsCall } from './support/lms-log';
import { answerQuiz, goToLesson, loadCourseQuizzes, resolveScope } from './support/quiz-learner';
import { createRelaunchData } from './support/relaunch-data';
import { readSavedState } from './support/saved-state';
import { loadCourseScenarios } from './support/scenario-course';
import { findPathToEnding, followPath, openScenario, playToEnding } from './support/scenario-player';

// Done when (issue 9): a test LMS that applies Moodle 4.5's value rules runs the whole sample course
// in both versions with zero refused values. Everything is derived from the course source, so it
// follows the curriculum as it grows.

const versionName: Record<ScormVersion, string> = { '12': '1.2', '2004': '2004' };

function attachLmsLog(name: string, log: LmsCall[]): Promise<void> {
  return test.info().attach(`LMS log, ${name}`, { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
}

/** Every lesson, every quiz (counted and practice) answered, every scenario played to an ending. */
async function takeTheWholeCourse(page: Page, content: Frame, lessonIds: readonly string[]): Promise<number> {
  let checks = 0;
  await test.step('visit every lesson', async () => {
    for (const lessonId of lessonIds) await goToLesson(page, content, lessonId);
  });
  await test.step('answer every question of every quiz', async () => {
    for (const quiz of loadCourseQuizzes().quizzes) {
      await goToLesson(page, content, quiz.lessonId);
      checks += (await answerQuiz(content, quiz, (_question, index) => (index % 3 === 2 ? 'wrong' : 'right'))).length;
    }
  });
  await test.step('play every scenario to an ending', async () => {
    for (const scenario of loadCourseScenarios().scenarios) {
      await openScenario(page, content, scenario);
      await playToEnding(content, scenario, followPath(findPathToEnding(scenario).choiceIds));
    }
  });
  return checks;
}

for (const version of ['12', '2004'] as const) {
  const names = scormNames[version];

  test.describe(`SCORM ${versionName[version]} in an LMS with Moodle 4.5's value rules`, () => {
    test('the whole sample course: not one value refused, completed and suspended, and Moodle\'s relaunch resumes it', async ({ page, course, scormPackages, openContext }) => {
      // The whole course by keyboard: every lesson, every question, every scenario.
      test.setTimeout(300_000);
      const mounted = scormPackages[version];
      const content = await resolveScope(await openHarness(page, mounted, undefined, { preset: 'moodle' }));
      const checks = await takeTheWholeCourse(page, content, course.lessonIds);
      await activate(page, content.locator('button[data-save-exit]'));
      await expect.poll(async () => countCalls(await readLmsLog(page), names.finish), { message: names.finish }).toBe(1);
      await closeCourseFrame(page);

      const log = await readLmsLog(page);
      await attachLmsLog('the whole course', log);
      const stored = await readLmsStored(page);
      expect.soft(describeFailedCalls(log), 'values Moodle refused, and any other error').toEqual([]);
      expect.soft(readValuesSet(log, version, names.exit).at(-1), names.exit).toBe('suspend');
      expect.soft(readValuesSet(log, version, names.sessionTime), names.sessionTime).toHaveLength(1);
      expect.soft(stored[names.completion], names.completion).toBe(version === '12' ? expect.stringMatching(/^(passed|failed)$/) : 'completed');
      const interactions = Object.keys(stored).filter((key) => /^cmi\.interactions\.(childArray\.)?\d+\.id$/.test(key));
      const decisions = loadCourseScenarios().scenarios.length;
      expect.soft(interactions.length, 'every check and every decision and outcome is an interaction').toBeGreaterThanOrEqual(checks + decisions);
      const saved = readSavedState(stored[names.suspendData]);
      expect.soft(saved?.visitedLessonIds.length, 'every lesson is in the saved state').toBe(course.lessonIds.length);

      await test.step('Moodle\'s next launch (its entry rules) resumes with everything', async () => {
        const relaunched = await (await openContext()).newPage();
        const resumed = await openHarness(relaunched, mounted, createRelaunchData(version, stored, 'moodle'), { preset: 'moodle' });
        await expectProgressMarks(resumed, course.lessonIds, []);
        await expect.poll(async () => countCalls(await readLmsLog(relaunched), names.initialize)).toBe(1);
        await closeCourseFrame(relaunched);
        await expect.poll(async () => countCalls(await readLmsLog(relaunched), names.finish)).toBe(1);
        const relaunchLog = await readLmsLog(relaunched);
        await attachLmsLog('relaunch', relaunchLog);
        expect.soft(describeFailedCalls(relaunchLog), 'values Moodle refused in the relaunch').toEqual([]);
        expect(readSavedState((await readLmsStored(relaunched))[names.suspendData])?.visitedLessonIds.length).toBe(course.lessonIds.length);
      });
    });
  });
}
