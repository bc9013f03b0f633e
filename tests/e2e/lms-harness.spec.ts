import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import type { BuiltCourse, ScormVersion } from './support/built-site';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, expectProgressMarks, linksToLesson } from './support/learner';
import { closeCourseFrame, findCallsAfterFinish, openHarness, recordRequestUrls } from './support/lms-harness';
import { countCalls, describeFailedCalls, lessonOfLocation, readLmsLog, readLmsStored, readValuesSet, scormNames, type LmsCall } from './support/lms-log';
import { answerQuiz } from './support/quiz-learner';
import { countedQuizzes } from './support/quiz-picks';
import { createRelaunchData } from './support/relaunch-data';
import { planReturningLearner } from './support/returning-learner';
import { assertMarkersMatchInstalledScormAgain, containsScormAgain } from './support/scorm-again-code';
import { defined } from '../support/defined';

const sessionTimeFormats: Record<ScormVersion, RegExp> = {
  '12': /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  '2004': /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
};

async function startFirstLesson(page: Page, content: FrameLocator, course: BuiltCourse): Promise<void> {
  await expect(content.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  const [first] = course.lessonIds;
  await activate(page, linksToLesson(content.locator('main'), first).filter({ visible: true }).first());
  await expectLesson(content, first);
}

function attachLmsLog(name: string, log: LmsCall[]): Promise<void> {
  return test.info().attach(`LMS log, ${name}`, { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
}

async function lastValueSet(page: Page, version: ScormVersion, element: string): Promise<string | undefined> {
  return readValuesSet(await readLmsLog(page), version, element).at(-1);
}

for (const version of ['12', '2004'] as const) {
  const names = scormNames[version];

  test.describe(`SCORM ${version === '12' ? '1.2' : '2004'} in an LMS`, () => {
    test('a returning learner who does the last check and reaches the last lesson is reported completed, suspended, and resumes at the bookmark', async ({ page, course, server, scormPackages, openContext }) => {
      // SCORM 1.2 has one status for both: a completed course with a pass mark met is "passed".
      const finished = version === '12' ? 'passed' : 'completed';
      assertMarkersMatchInstalledScormAgain();
      const mounted = scormPackages[version];
      const last = defined(course.lessonIds.at(-1), 'a last lesson');
      const quiz = defined(countedQuizzes().at(-1), 'a counted quiz');
      // The learner left on the lesson before the last check; everything before it was done in earlier
      // sessions, so the browser work does not grow with the course.
      const quizAt = course.lessonIds.indexOf(quiz.lessonId);
      const bookmark = defined(course.lessonIds[Math.max(quizAt - 1, 0)], 'the lesson the learner left on');
      const toDo = course.lessonIds.slice(quizAt);
      const learner = planReturningLearner(version, { openQuiz: quiz, unvisitedLessonIds: toDo, location: bookmark });
      const requested = recordRequestUrls(page.context());
      const content = await openHarness(page, mounted, learner.launchData);

      await test.step('the course takes the learner back to the lesson they left; the next links lead on to the last lesson, which has none', async () => {
        const answerCheckOn = async (lessonId: string) => {
          if (lessonId === quiz.lessonId) expect((await answerQuiz(content, quiz, 'right')).length, 'questions answered').toBeGreaterThan(0);
        };
        await expectLesson(content, bookmark);
        await answerCheckOn(bookmark);
        for (const lessonId of toDo.filter((id) => id !== bookmark)) {
          await activate(page, content.locator('a[rel="next"]'));
          await expectLesson(content, lessonId);
          await answerCheckOn(lessonId);
        }
        await expect(content.locator('a[rel="next"]')).toHaveCount(0);
      });

      await test.step('the LMS hears completion and the bookmark as the learner goes', async () => {
        await expect.poll(() => lastValueSet(page, version, names.completion), { message: names.completion }).toBe(finished);
        await expect.poll(async () => lessonOfLocation(await lastValueSet(page, version, names.location)), { message: `${names.location}: the lesson` }).toBe(last);
        if (version === '2004') {
          await expect.poll(async () => Number(await lastValueSet(page, version, 'cmi.progress_measure')), { message: 'cmi.progress_measure' }).toBe(1);
          const measures = readValuesSet(await readLmsLog(page), version, 'cmi.progress_measure').map(Number);
          expect.soft(measures.filter((measure) => !(measure >= 0 && measure <= 1)), 'progress_measure stays in [0, 1]').toEqual([]);
        }
      });

      await test.step('Save and exit suspends and finishes exactly once, even when the window then closes', async () => {
        await activate(page, content.locator('button[data-save-exit]'));
        await expect.poll(async () => countCalls(await readLmsLog(page), names.finish), { message: names.finish }).toBe(1);
        await closeCourseFrame(page);
      });

      const log = await readLmsLog(page);
      await attachLmsLog('first session', log);
      const stored = await readLmsStored(page);
      await test.step('what the LMS received', () => {
        expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error').toEqual([]);
        expect.soft(countCalls(log, names.initialize), `${names.initialize} calls`).toBe(1);
        expect.soft(countCalls(log, names.finish), `${names.finish} calls`).toBe(1);
        expect.soft(findCallsAfterFinish(log, names.finish), `calls after ${names.finish}`).toEqual([]);
        expect.soft(readValuesSet(log, version, names.exit).at(-1), names.exit).toBe('suspend');
        const sessionTimes = readValuesSet(log, version, names.sessionTime);
        expect.soft(sessionTimes.length, `${names.sessionTime} is reported`).toBeGreaterThan(0);
        for (const sessionTime of sessionTimes) expect.soft(sessionTime, names.sessionTime).toMatch(sessionTimeFormats[version]);
        expect.soft(stored[names.completion], `stored ${names.completion}`).toBe(finished);
        expect.soft(lessonOfLocation(stored[names.location]), `stored ${names.location}: the lesson`).toBe(last);
      });

      // The LMS page's own files (harness, its Moodle rules, scorm-again under vendor/) sit outside lms/content/.
      await test.step('the course frames load only their own package, and never scorm-again', () => {
        const outsidePackage = requested
          .filter((url) => !url.pathname.startsWith(mounted.folder) && !/^\/lms\/(?!content\/)/.test(url.pathname))
          .map(String);
        expect.soft(outsidePackage, `requests outside ${mounted.folder}`).toEqual([]);
        const withScormAgain = requested
          .filter((url) => url.pathname.startsWith(mounted.folder))
          .filter((url) => {
            const file = server.resolveFile(url.pathname);
            return file !== undefined && containsScormAgain(readFileSync(file, 'utf8'));
          })
          .map(String);
        expect.soft(withScormAgain, 'files with scorm-again code (the local-LMS fallback) fetched inside an LMS').toEqual([]);
      });

      await test.step('relaunch from what the LMS stored resumes at the bookmark', async () => {
        const relaunched = await (await openContext()).newPage();
        const resumedContent = await openHarness(relaunched, mounted, createRelaunchData(version, stored));
        // A returning learner is taken straight back to the bookmarked lesson (cmi.entry "resume").
        await expectLesson(resumedContent, last);
        await expectProgressMarks(resumedContent, course.lessonIds, []);

        const relaunchLog = await readLmsLog(relaunched);
        await attachLmsLog('resumed session', relaunchLog);
        expect.soft(describeFailedCalls(relaunchLog), 'API calls in the resumed session that the LMS answered with an error').toEqual([]);
        expect.soft(countCalls(relaunchLog, names.initialize), `${names.initialize} calls in the resumed session`).toBe(1);
        const statusChanges = readValuesSet(relaunchLog, version, names.completion).filter((status) => status !== finished);
        expect.soft(statusChanges, 'a completed course stays completed when resumed').toEqual([]);
      });
    });

    test('closing the course without Save and exit still stores the bookmark and finishes exactly once', async ({ page, course, scormPackages }) => {
      const [, second] = course.lessonIds;
      const content = await openHarness(page, scormPackages[version]);
      await startFirstLesson(page, content, course);
      await activate(page, content.locator('a[rel="next"]'));
      await expectLesson(content, second);

      await closeCourseFrame(page);

      await expect.poll(async () => countCalls(await readLmsLog(page), names.finish), { message: names.finish }).toBe(1);
      const log = await readLmsLog(page);
      await attachLmsLog('session', log);
      expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error').toEqual([]);
      expect.soft(countCalls(log, names.initialize), `${names.initialize} calls`).toBe(1);
      expect.soft(lessonOfLocation((await readLmsStored(page))[names.location]), `stored ${names.location}: the lesson`).toBe(second);
      // Without "suspend" the LMS starts a new attempt next time and the learner's place is gone.
      expect.soft(readValuesSet(log, version, names.exit).at(-1), names.exit).toBe('suspend');
    });
  });
}
