import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Question, QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { QuestionResponse } from '../../../src/core/quiz/question-state';
import { createTranslator, type Translate } from '../../../src/i18n/strings';
import { findQuestion, readCourseQuizzes, type CourseQuizzes } from './course-quizzes';
import { planResponse, type Outcome } from './quiz-answers';
import { enterResponse, press } from './quiz-controls';
import { activate, linksToLesson, linksToOverview } from './learner';

/** Where a course page is: the page itself, or the LMS harness's course frame (as a Frame or a FrameLocator). */
export type CourseScope = Page | Frame | FrameLocator;
type DirectScope = Page | Frame;

/** One check the learner made, and what they answered. */
export interface AnsweredQuestion {
  quizId: string;
  question: Question;
  response: QuestionResponse;
  /** What the check should have found; likert is never right. */
  correct: boolean;
}

let courseQuizzes: CourseQuizzes | undefined;
/** The course under test's quizzes, read once per worker. */
export function loadCourseQuizzes(): CourseQuizzes {
  return (courseQuizzes ??= readCourseQuizzes());
}

/**
 * The Frame a FrameLocator points at. A FrameLocator finds its iframe again on every call; the Frame
 * outlives the course's own navigations and is several times quicker to drive, which adds up over
 * hundreds of key presses.
 */
export async function resolveScope(scope: Frame | FrameLocator): Promise<Frame>;
export async function resolveScope(scope: CourseScope): Promise<DirectScope>;
export async function resolveScope(scope: CourseScope): Promise<DirectScope> {
  if (!('owner' in scope)) return scope;
  const handle = await scope.owner().elementHandle();
  const frame = await handle.contentFrame();
  await handle.dispose();
  if (!frame) throw new Error('The course iframe has no document.');
  return frame;
}

function pageOf(scope: CourseScope): Page {
  if ('keyboard' in scope) return scope;
  return 'owner' in scope ? scope.owner().page() : scope.page();
}

/** The course's interface text from the build's own tables, so tests never copy its wording. */
export function courseText(): Translate {
  return createTranslator(loadCourseQuizzes().language);
}

export function quizSection(scope: CourseScope, quizId: string): Locator {
  return scope.locator(`section.quiz[data-quiz-id="${quizId}"]`);
}

export function questionCard(scope: CourseScope, quizId: string, questionId: string): Locator {
  return quizSection(scope, quizId).locator(`.quiz-question[data-question-id="${questionId}"]`);
}

/** The card's element id, which starts every id inside it: the island joins parts with "--". */
const cardId = (quizId: string, questionId: string) => `quiz--${quizId}--${questionId}`;

/**
 * Waits until the island shows the learner's own draw with their saved answers: the server
 * renders seed 0 with every check waiting, and the island hydrates only once it is scrolled into view.
 * `text` speaks the page's language: the course under test's unless a test opens another course.
 */
export async function waitForQuizReady(scope: CourseScope, quizId: string, text: Translate = courseText()): Promise<void> {
  const section = quizSection(await resolveScope(scope), quizId);
  await section.scrollIntoViewIfNeeded();
  const waiting = text('quiz.waiting');
  await expect(section.locator('.quiz-question').first()).toBeAttached();
  await expect
    .poll(() => section.locator('.quiz-question [id$="--reason"]').evaluateAll((spans, text) => spans.filter((span) => span.textContent === text).length, waiting), {
      message: `quiz "${quizId}" gets the learner's saved answers`,
      intervals: [50, 100, 200],
    })
    .toBe(0);
}

/** Question ids the island shows this learner, in page order (banks draw per learner). */
export async function readShownQuestionIds(scope: CourseScope, quizId: string): Promise<string[]> {
  return quizSection(await resolveScope(scope), quizId).locator('.quiz-question[data-question-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-question-id') ?? ''));
}

/** Presses "Check my answer" (or "Save my answer" for likert) by keyboard and waits for its feedback. */
async function pressCheck(page: Page, card: Locator, expected: 'fits' | 'not-quite' | 'saved'): Promise<void> {
  await press(page, card.locator('button.quiz-check'), 'Enter');
  await expect(card.locator(`.quiz-status .quiz-feedback-${expected}`), 'the check is announced with its feedback').toBeVisible();
}

/** Answers one shown question right or wrong with the keyboard, then checks it. */
export async function answerQuestion(scope: CourseScope, quizId: string, question: Question, outcome: Outcome): Promise<AnsweredQuestion> {
  const page = pageOf(scope);
  const card = questionCard(await resolveScope(scope), quizId, question.id);
  const response = planResponse(question, outcome);
  await enterResponse(page, card, cardId(quizId, question.id), question, response);
  const correct = question.kind !== 'likert' && outcome === 'right';
  await pressCheck(page, card, question.kind === 'likert' ? 'saved' : correct ? 'fits' : 'not-quite');
  return { quizId, question, response, correct };
}

/** Presses "Show the answer" by keyboard and waits for the answer to appear. */
export async function revealAnswer(scope: CourseScope, quizId: string, questionId: string): Promise<void> {
  const card = questionCard(await resolveScope(scope), quizId, questionId);
  await press(pageOf(scope), card.locator('button.quiz-reveal'), 'Enter');
  await expect(card.locator('.quiz-answer')).toBeVisible();
}

/** Answers every question the learner is shown (once the island is ready), in page order. */
export async function answerQuiz(scope: CourseScope, quiz: QuizDefinition, outcome: Outcome | ((question: Question, index: number) => Outcome)): Promise<AnsweredQuestion[]> {
  const direct = await resolveScope(scope);
  await waitForQuizReady(direct, quiz.id);
  const answered: AnsweredQuestion[] = [];
  const shownIds = await readShownQuestionIds(direct, quiz.id);
  for (const [index, questionId] of shownIds.entries()) {
    const question = findQuestion(quiz, questionId);
    answered.push(await answerQuestion(direct, quiz.id, question, typeof outcome === 'function' ? outcome(question, index) : outcome));
  }
  return answered;
}

/**
 * Opens a lesson from a visible link (course menu, previous/next or overview list) unless it is already shown.
 * A lesson page's menu lists only its own module's lessons, so a lesson in another module is reached
 * through the overview, as a learner would.
 */
export async function goToLesson(page: Page, content: CourseScope, lessonId: string): Promise<void> {
  const scope = await resolveScope(content);
  // A link pressed while the page is still being parsed is followed before the ClientRouter listens:
  // a full load, which rightly leaves focus alone, and the arrival below would never come.
  await scope.waitForLoadState('domcontentloaded');
  const body = scope.locator('body');
  if ((await body.getAttribute('data-lesson-id')) === lessonId) return;
  if ((await linksToLesson(body, lessonId).filter({ visible: true }).count()) === 0) {
    await activate(page, linksToOverview(body).filter({ visible: true }).first());
    await expect(body).toHaveAttribute('data-page-kind', 'overview');
  }
  await activate(page, linksToLesson(body, lessonId).filter({ visible: true }).first());
  await expect(body).toHaveAttribute('data-lesson-id', lessonId);
  // The lesson id arrives with the swap; focus moves to a heading only once the page has loaded,
  // and a key pressed in between would land on whatever that move then replaces.
  await expect.poll(() => body.evaluate((element) => Boolean(element.ownerDocument.activeElement?.matches('main :is(h1, h2, h3, h4, h5, h6)'))), {
    message: 'the lesson has arrived: focus is on a heading in it',
  }).toBe(true);
}
