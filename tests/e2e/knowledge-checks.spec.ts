import type { Frame, Page } from '@playwright/test';
import type { Question, QuizDefinition } from '../../src/core/quiz/quiz-definition';
import { decodeLearnerState } from '../../src/core/scorm/learner-state-codec';
import { findAxeViolations } from './support/axe';
import type { ScormVersion } from './support/built-site';
import { findQuestion, listAllQuestions } from './support/course-quizzes';
import { expectCourseResult } from './support/course-result';
import { expect, test, type MountedPackage } from './support/fixtures';
import { tabTo } from './support/learner';
import { closeCourseFrame, openHarness } from './support/lms-harness';
import { describeInteractionMismatch, expectedInteraction, readInteractionsSet, readStoredInteractions } from './support/lms-interactions';
import { countCalls, describeFailedCalls, lessonOfLocation, readLmsLog, readLmsStored, scormNames, type FlatCmi, type LmsCall } from './support/lms-log';
import {
  answerQuestion,
  answerQuiz,
  courseText,
  goToLesson,
  loadCourseQuizzes,
  questionCard,
  quizSection,
  readShownQuestionIds,
  resolveScope,
  revealAnswer,
  waitForQuizReady,
  type AnsweredQuestion,
} from './support/quiz-learner';
import { moveButton, readShownResponse, readStepOrder } from './support/quiz-controls';
import { countedQuizzes, describeFeatures, pickFillInQuestion, pickPracticeQuizWithReveal, pickQuickestCountedQuiz, pickSequencingQuestion, planEveryFeatureByLesson } from './support/quiz-picks';
import { createRelaunchData } from './support/relaunch-data';
import { shownQuizQuestions } from './support/prior-progress';
import { planResponse } from './support/quiz-answers';
import { planReturningLearner } from './support/returning-learner';
import { countedScenarios } from './support/scenario-course';
import { findBestScoringPath, findTotalRange, totalPoints } from './support/scenario-paths';
import { defined, itemAt } from '../support/defined';

const versionName: Record<ScormVersion, string> = { '12': '1.2', '2004': '2004' };
const questionKinds: Question['kind'][] = ['single', 'multiple', 'true-false', 'fill-in', 'matching', 'sequencing', 'likert'];
const suspendDataLimit = 4096;

function attachLmsLog(name: string, log: LmsCall[]): Promise<void> {
  return test.info().attach(`LMS log, ${name}`, { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
}

/** Launches the package in the test LMS and returns the course's frame. */
async function openCourse(page: Page, mounted: MountedPackage, stored?: FlatCmi): Promise<Frame> {
  return resolveScope(await openHarness(page, mounted, stored));
}

function pick(stored: FlatCmi, elements: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(elements.map((element) => [element, stored[element]]));
}

/** Polls what the LMS persisted until the given elements hold the given values (commits are throttled). */
async function expectStored(page: Page, expected: Record<string, string>, message: string): Promise<FlatCmi> {
  await expect.poll(async () => pick(await readLmsStored(page), Object.keys(expected)), { message, timeout: 15_000 }).toEqual(expected);
  return readLmsStored(page);
}

function expectSuspendDataFits(stored: FlatCmi): void {
  const suspendData = stored['cmi.suspend_data'] ?? '';
  expect.soft(suspendData.startsWith('2|'), `suspend_data is format 2: ${suspendData}`).toBe(true);
  expect.soft(suspendData.length, 'suspend_data length').toBeLessThanOrEqual(suspendDataLimit);
}

function resultElements(version: ScormVersion, raw: number, passed: boolean): Record<string, string> {
  if (version === '12') {
    return { 'cmi.core.lesson_status': passed ? 'passed' : 'failed', 'cmi.core.score.raw': String(raw), 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' };
  }
  return {
    'cmi.completion_status': 'completed',
    'cmi.success_status': passed ? 'passed' : 'failed',
    'cmi.score.raw': String(raw),
    'cmi.score.min': '0',
    'cmi.score.max': '100',
    'cmi.score.scaled': String(raw / 100),
    'cmi.progress_measure': '1',
  };
}

/** `quiz`'s questions as a learner with `seed` is shown them, all answered right. */
function answeredRight(seed: number, quiz: QuizDefinition): AnsweredQuestion[] {
  return shownQuizQuestions(seed, quiz).map((question) => ({ quizId: quiz.id, question, response: planResponse(question, 'right'), correct: question.kind !== 'likert' }));
}

/**
 * Questions of the other counted quizzes to have got wrong earlier: as many as still let the course
 * pass once `quiz` is answered right, so that getting part of `quiz` wrong fails it.
 */
function planEarlierMistakes(version: ScormVersion, quiz: QuizDefinition, passMark: number): Set<string> {
  const allRight = planReturningLearner(version, { openQuiz: quiz, location: quiz.lessonId });
  const openRight = answeredRight(allRight.progress.seed, quiz);
  const wrong = new Set<string>();
  for (const { question } of allRight.earlierChecks) {
    if (question.kind === 'likert') continue;
    const trial = new Set([...wrong, question.id]);
    const earlier = allRight.earlierChecks.map((check) => (trial.has(check.question.id) ? { ...check, response: planResponse(check.question, 'wrong'), correct: false } : check));
    if (expectCourseResult([...earlier, ...openRight], countedQuizzes(), passMark, allRight.earlierPlays).passed) wrong.add(question.id);
  }
  return wrong;
}

// What each kind's interaction looks like in each version is pinned by unit tests (question-interaction,
// tracker-quiz, both with scorm-again); the browser proves that the keyboard, the island and the course
// get every kind there, once. SCORM 1.2 is the version where the shown (shuffled) order could leak
// into what is sent, as it sends choices by authored position.
test.describe('Knowledge checks, every kind (in SCORM 1.2)', () => {
  const version = '12';
  const plan = planEveryFeatureByLesson();
  for (const { lessonId, quizzes, features } of plan) {
    test(`every kind of question sends the LMS an interaction in the exact format, wrong and then right: ${features.join(', ')} (${lessonId})`, async ({ page, scormPackages }) => {
      const planned = new Set(plan.flatMap((lesson) => lesson.features));
      expect([...questionKinds, 'counted', 'practice', 'bank'].filter((feature) => !planned.has(feature)), 'kinds of question and quiz features no test here answers').toEqual([]);
      const { courseId } = loadCourseQuizzes();
      const content = await openCourse(page, scormPackages[version]);
      const answered: AnsweredQuestion[] = [];
      const covered = new Set<string>();
      await goToLesson(page, content, lessonId);

      for (const quiz of quizzes) {
        await test.step(`answer ${quiz.id} (${quiz.counts ? 'counted' : 'practice'}): each question with a feature still to cover wrong, then right`, async () => {
          await waitForQuizReady(content, quiz.id);
          for (const questionId of await readShownQuestionIds(content, quiz.id)) {
            const question = findQuestion(quiz, questionId);
            const questionFeatures = describeFeatures(quiz, question);
            if (!questionFeatures.some((feature) => features.includes(feature) && !covered.has(feature))) continue;
            questionFeatures.forEach((feature) => covered.add(feature));
            if (question.kind === 'likert') {
              answered.push(await answerQuestion(content, quiz.id, question, 'right'));
              continue;
            }
            answered.push(await answerQuestion(content, quiz.id, question, 'wrong'));
            if (question.attempts === undefined || question.attempts > 1) answered.push(await answerQuestion(content, quiz.id, question, 'right'));
          }
        });
      }
      expect(features.filter((feature) => !covered.has(feature)), 'kinds of question and quiz features this test did not get to answer').toEqual([]);

      await test.step('the LMS received one interaction per check, in the exact format, and no errors', async () => {
        await expect.poll(async () => readInteractionsSet(await readLmsLog(page), version).length, { message: 'interactions received' }).toBe(answered.length);
        const log = await readLmsLog(page);
        await attachLmsLog('session', log);
        const received = readInteractionsSet(log, version);
        for (const [index, check] of answered.entries()) {
          const mismatch = describeInteractionMismatch(received[index], expectedInteraction(version, courseId, check));
          expect.soft(mismatch, `cmi.interactions.${index}: ${check.quizId} / ${check.question.id} (${check.question.kind}, ${check.correct ? 'right' : 'wrong'})`).toEqual([]);
        }
        expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error').toEqual([]);
      });
    });
  }
});

for (const version of ['12', '2004'] as const) {
  test.describe(`Knowledge checks in SCORM ${versionName[version]}`, () => {
    test('a learner with counted answers wrong fails with the score of the latest checks and plays, then passes after trying again', async ({ page, scormPackages }) => {
      for (const scenario of countedScenarios().filter((candidate) => candidate.counts === 'score')) {
        expect(totalPoints(scenario, findBestScoringPath(scenario).state), `score scenario "${scenario.id}": some play reaches the highest total its endings allow, so full points are possible`)
          .toBe(findTotalRange(scenario).highest);
      }
      const { passMark } = loadCourseQuizzes();
      const quiz = pickQuickestCountedQuiz();
      // Every lesson, every other counted quiz and the scenarios that count (the scored role-play for
      // every point) were done in earlier sessions, with just enough mistakes that this one quiz
      // decides, however many the course has.
      const learner = planReturningLearner(version, { openQuiz: quiz, location: quiz.lessonId, wrongEarlier: planEarlierMistakes(version, quiz, passMark) });
      const content = await openCourse(page, scormPackages[version], learner.launchData);
      const checks: AnsweredQuestion[] = [...learner.earlierChecks];
      await test.step(`answer every other question of ${quiz.id} wrong, once`, async () => {
        await expect(content.locator('body'), 'the course resumes at the bookmark').toHaveAttribute('data-lesson-id', quiz.lessonId);
        checks.push(...(await answerQuiz(content, quiz, (_question, index) => (index % 2 === 0 ? 'wrong' : 'right'))));
      });
      const expected = expectCourseResult(checks, countedQuizzes(), passMark, learner.earlierPlays);
      expect(expected.passed, `this pattern of answers scores ${expected.raw}%, which must fail for the test to mean anything`).toBe(false);
      if (learner.earlierPlays.some(({ scenario }) => scenario.counts === 'score')) {
        expect(expectCourseResult(checks, countedQuizzes(), passMark, []).raw, 'the scored role-play changes the score, so the LMS\'s figure shows it counts').not.toBe(expected.raw);
      }
      const stored = await expectStored(page, resultElements(version, expected.raw, false), `the LMS stores a fail with ${expected.raw}`);
      expectSuspendDataFits(stored);

      await test.step('answer the wrong ones again, right this time', async () => {
        const wrong = checks.filter((check) => check.quizId === quiz.id && !check.correct && check.question.kind !== 'likert');
        for (const check of wrong) checks.push(await answerQuestion(content, quiz.id, check.question, 'right'));
      });
      const retried = expectCourseResult(checks, countedQuizzes(), passMark, learner.earlierPlays);
      expect(retried.passed, `after trying again the learner scores ${retried.raw}%, which must pass for the test to mean anything`).toBe(true);
      expectSuspendDataFits(await expectStored(page, resultElements(version, retried.raw, true), `the LMS stores a pass with ${retried.raw} after the learner tried again`));
      expect.soft(describeFailedCalls(await readLmsLog(page)), 'API calls that the LMS answered with an error').toEqual([]);
    });

    test('answers given while the LMS refuses to save are kept and delivered once it accepts again', async ({ page, course, scormPackages }) => {
      const { courseId, quizzes } = loadCourseQuizzes();
      const quiz = itemAt(countedQuizzes(), 0);
      const content = await openCourse(page, scormPackages[version]);
      await goToLesson(page, content, quiz.lessonId);
      await waitForQuizReady(content, quiz.id);
      const shownIds = await readShownQuestionIds(content, quiz.id);
      const firstId = itemAt(shownIds, 0);
      const secondId = itemAt(shownIds, 1);
      const notice = content.locator('[data-tracking-notice]');
      const t = courseText();

      await page.evaluate(() => ((window as unknown as { lmsRefusing: boolean }).lmsRefusing = true));
      const checks = [
        await answerQuestion(content, quiz.id, findQuestion(quiz, firstId), 'right'),
        await answerQuestion(content, quiz.id, findQuestion(quiz, secondId), 'wrong'),
      ];
      await test.step('the course says calmly that it keeps trying', async () => {
        await expect(notice).toHaveText(t('tracking.retrying'));
        await expect(notice).toHaveAttribute('role', 'status');
        await expect(quizSection(content, quiz.id).locator('.quiz-body > .quiz-notice'), 'the quiz itself raises no alarm').toHaveCount(0);
        expect((await readLmsLog(page)).some((call) => call.refused), 'the LMS did refuse calls').toBe(true);
      });

      await page.evaluate(() => ((window as unknown as { lmsRefusing: boolean }).lmsRefusing = false));
      await test.step('once the LMS accepts again, the course says so', () => expect(notice).toHaveText(t('tracking.recovered'), { timeout: 20_000 }));

      await test.step('the LMS has both interactions, once each, and suspend_data with both answers', async () => {
        await expect.poll(async () => readStoredInteractions(await readLmsStored(page)).map((interaction) => interaction.id), { message: 'stored interaction ids' })
          .toEqual(checks.map((check) => `urn:peerpath:${courseId}:${quiz.id}:${check.question.id}`));
        const log = await readLmsLog(page);
        await attachLmsLog('session', log);
        const received = readInteractionsSet(log, version);
        expect(received).toHaveLength(checks.length);
        for (const [index, check] of checks.entries()) {
          expect.soft(describeInteractionMismatch(received[index], expectedInteraction(version, courseId, check)), `interaction ${index}`).toEqual([]);
        }
        const saved = decodeLearnerState((await readLmsStored(page))['cmi.suspend_data'] ?? '', {
          lessonIds: course.lessonIds,
          questions: quizzes.flatMap(listAllQuestions),
        });
        for (const check of checks) {
          expect.soft(saved?.questions[check.question.id], `saved state of ${check.question.id}`).toMatchObject({ attempts: 1, correct: check.correct, response: check.response });
        }
        expectSuspendDataFits(await readLmsStored(page));
        expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error it was not told to give').toEqual([]);
      });
    });
  });
}

// Restoring a quiz, its accessibility and its keyboard use do not depend on the SCORM version (which
// only names the elements, pinned by unit tests for both), so they run once, in SCORM 2004.
test.describe('Knowledge checks, restored, accessible and by keyboard (in SCORM 2004)', () => {
  const version = '2004';
  const names = scormNames[version];

  test('closing the course mid-quiz and relaunching restores the answers, the bank draw and the bookmark', async ({ page, scormPackages, openContext }) => {
    const mounted = scormPackages[version];
    const quiz = countedQuizzes().find((candidate) => candidate.items.some((item) => item.kind === 'bank')) ?? itemAt(countedQuizzes(), 0);
    const content = await openCourse(page, mounted);
    await goToLesson(page, content, quiz.lessonId);
    await waitForQuizReady(content, quiz.id);
    const shownIds = await readShownQuestionIds(content, quiz.id);
    expect(shownIds.length, 'the quiz shows at least three questions').toBeGreaterThanOrEqual(3);
    const [rightId, wrongId, ...untouchedIds] = shownIds as [string, string, ...string[]];
    const right = await answerQuestion(content, quiz.id, findQuestion(quiz, rightId), 'right');
    const wrong = await answerQuestion(content, quiz.id, findQuestion(quiz, wrongId), 'wrong');

    await closeCourseFrame(page);
    await expect.poll(async () => countCalls(await readLmsLog(page), names.finish), { message: names.finish }).toBe(1);
    expect.soft(describeFailedCalls(await readLmsLog(page)), 'API calls in the first session that the LMS answered with an error').toEqual([]);
    const stored = await readLmsStored(page);
    expectSuspendDataFits(stored);
    expect.soft(lessonOfLocation(stored[names.location]), 'the lesson of the bookmark the LMS stored').toBe(quiz.lessonId);

    const relaunched = await (await openContext()).newPage();
    const resumed = await openCourse(relaunched, mounted, createRelaunchData(version, stored));
    const t = courseText();
    await test.step('the course takes the learner back to the lesson they left', () => expect(resumed.locator('body')).toHaveAttribute('data-lesson-id', quiz.lessonId));
    await waitForQuizReady(resumed, quiz.id);
    await test.step('the same questions are drawn', async () => {
      expect(await readShownQuestionIds(resumed, quiz.id)).toEqual(shownIds);
    });
    await test.step('the right answer is restored and settled, quietly', async () => {
      const card = questionCard(resumed, quiz.id, rightId);
      expect(await readShownResponse(card, right.question)).toEqual(right.response);
      await expect(card.locator('.quiz-feedback-fits')).toBeVisible();
      await expect(card.locator('.quiz-status'), 'restored feedback is not announced again').toBeEmpty();
      await expect(card.locator('[id$="--reason"]')).toHaveText(t('quiz.finished'));
      await expect(card.locator('input, select, button.quiz-move').first()).toBeDisabled();
    });
    await test.step('the wrong answer is restored and can be tried again', async () => {
      const card = questionCard(resumed, quiz.id, wrongId);
      expect(await readShownResponse(card, wrong.question)).toEqual(wrong.response);
      await expect(card.locator('.quiz-feedback-not-quite')).toBeVisible();
      await expect(card.locator('.quiz-status')).toBeEmpty();
      await expect(card.locator('input, select').first()).toBeEnabled();
    });
    await test.step('the untouched questions are still open', async () => {
      for (const questionId of untouchedIds) {
        const card = questionCard(resumed, quiz.id, questionId);
        const question = findQuestion(quiz, questionId);
        if (question.kind !== 'sequencing') expect(await readShownResponse(card, question), questionId).toBeUndefined();
        await expect(card.locator('.quiz-feedback'), questionId).toHaveCount(0);
      }
      await expect(resumed.locator(`section.quiz[data-quiz-id="${quiz.id}"] .quiz-summary`)).toContainText(t('quiz.answeredCount', { answered: 2, total: shownIds.length }));
    });
    expect.soft(describeFailedCalls(await readLmsLog(relaunched)), 'API calls in the resumed session that the LMS answered with an error').toEqual([]);
  });

  test('a quiz with right, wrong and revealed answers has no axe violations', async ({ page, scormPackages }) => {
    const { quiz, questions } = pickPracticeQuizWithReveal();
    const [first, second, third] = questions;
    const content = await openCourse(page, scormPackages[version]);
    await goToLesson(page, content, quiz.lessonId);
    await waitForQuizReady(content, quiz.id);
    await answerQuestion(content, quiz.id, first, 'right');
    await answerQuestion(content, quiz.id, second, 'wrong');
    await answerQuestion(content, quiz.id, third, 'wrong');
    // With one check allowed the answer shows by itself; otherwise the learner asks for it.
    if (third.attempts !== 1) {
      await revealAnswer(content, quiz.id, third.id);
      await expect(questionCard(content, quiz.id, third.id).locator('.quiz-feedback-area'), 'Show the answer takes focus to the answer').toBeFocused();
    }
    await expect
      .poll(async () => readInteractionsSet(await readLmsLog(page), version).length, { message: 'Show the answer sends no interaction: one per check' })
      .toBe(3);
    const hint = questionCard(content, quiz.id, second.id).locator('details.quiz-hint > summary');
    if (await hint.count()) {
      await hint.focus();
      await page.keyboard.press('Enter');
    }
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('a sequencing question can be solved by keyboard, with each move and each check announced', async ({ page, scormPackages }) => {
    const { quiz, question } = pickSequencingQuestion();
    const t = courseText();
    const content = await openCourse(page, scormPackages[version]);
    await goToLesson(page, content, quiz.lessonId);
    await waitForQuizReady(content, quiz.id);
    const card = questionCard(content, quiz.id, question.id);
    const status = card.locator('[role="status"].quiz-status');
    const checkButton = card.locator('button.quiz-check');
    const moves = card.locator('[aria-live="polite"][id$="--moves"]');
    const authored = question.steps.map((step) => step.id);
    const textOf = (stepId: string) => defined(question.steps.find((step) => step.id === stepId), `step ${stepId}`).text;

    await test.step('checking the order as shown says how many steps are in place; focus stays on the button', async () => {
      const shown = await readStepOrder(card, question);
      await moveButton(card, 0, 'down').focus();
      await tabTo(page, checkButton);
      await page.keyboard.press('Enter');
      const inPlace = shown.filter((id, index) => authored[index] === id).length;
      await expect(status).toContainText(t('quiz.stepsInPlace', { count: inPlace, total: authored.length }));
      await expect(status).not.toHaveText('');
      await expect(checkButton).toBeFocused();
    });

    await test.step('Move up with Tab and Enter until the order is right; each move is announced and keeps focus on the step', async () => {
      for (const [position, stepId] of authored.entries()) {
        let current = (await readStepOrder(card, question)).indexOf(stepId);
        if (current === position) continue;
        await tabTo(page, moveButton(card, current, 'up'), { backwards: true });
        while (current > position) {
          await page.keyboard.press('Enter');
          current -= 1;
          await expect(moves).toHaveText(t('quiz.moved', { item: textOf(stepId), position: current + 1, total: authored.length }));
          // At the top, Move up no longer applies, so focus goes to the same step's Move down.
          await expect(moveButton(card, current, current === 0 ? 'down' : 'up'), `focus stays with "${textOf(stepId)}"`).toBeFocused();
        }
      }
      expect(await readStepOrder(card, question)).toEqual(authored);
    });

    await test.step('Check by keyboard: the status region announces that it fits, and focus stays on the check button', async () => {
      await tabTo(page, checkButton);
      await page.keyboard.press('Space');
      await expect(status).toContainText(t('quiz.fits'));
      await expect(checkButton).toBeFocused();
      await expect(card.locator('button.quiz-move')).toHaveCount(0);
    });

    await test.step('Enter in a fill-in answer checks it and, once it is finished, focus moves to the check button', async () => {
      const fillIn = pickFillInQuestion();
      await goToLesson(page, content, fillIn.quiz.lessonId);
      await waitForQuizReady(content, fillIn.quiz.id);
      const fillCard = questionCard(content, fillIn.quiz.id, fillIn.question.id);
      const input = fillCard.locator('input[type="text"]');
      await input.focus();
      await page.keyboard.type(itemAt(fillIn.question.accepted, 0));
      await page.keyboard.press('Enter');
      await expect(fillCard.locator('.quiz-status')).toContainText(t('quiz.fits'));
      await expect(input).toBeDisabled();
      await expect(fillCard.locator('button.quiz-check')).toBeFocused();
    });
  });
});
