import { isResponseCorrect } from './evaluate-response';
import type { QuestionBase, ResponseBase } from './question-kind';
import { questionKinds, type QuestionKinds } from './question-kinds';
import type { QuestionState } from './question-state';

/** The state after the learner checks `response`: one more attempt, revealed once limited attempts run out unanswered. */
export function checkAnswer<R extends ResponseBase>(
  question: QuestionBase,
  previous: QuestionState | undefined,
  response: R,
  kinds: QuestionKinds = questionKinds,
): QuestionState<R> {
  const attempts = (previous?.attempts ?? 0) + 1;
  const correct = isResponseCorrect(question, response, kinds);
  // An unscored question has no answer to show, so running out of attempts reveals nothing.
  const ranOut = kinds.of(question).scored && !correct && question.attempts !== undefined && attempts >= question.attempts;
  return { attempts, correct, revealed: (previous?.revealed ?? false) || ranOut, response };
}

/** The state after the learner asks to see the answer: attempts and the latest answer kept. */
export function revealAnswer<R extends ResponseBase>(previous: QuestionState<R> | undefined): QuestionState<R> {
  const state: QuestionState<R> = { attempts: previous?.attempts ?? 0, correct: previous?.correct ?? false, revealed: true };
  return previous?.response === undefined ? state : { ...state, response: previous.response };
}

/** Checks the learner still has; undefined when attempts are unlimited. */
export function attemptsLeft(question: QuestionBase, state: QuestionState | undefined): number | undefined {
  if (question.attempts === undefined) return undefined;
  return Math.max(0, question.attempts - (state?.attempts ?? 0));
}

/** Whether "Show the answer" is offered: after `revealAfter` checks, else once attempts run out. */
export function canReveal(question: QuestionBase, state: QuestionState | undefined, kinds: QuestionKinds = questionKinds): boolean {
  if (!kinds.of(question).scored || state?.correct === true || state?.revealed === true) return false;
  if (question.revealAfter !== undefined) return (state?.attempts ?? 0) >= question.revealAfter;
  return attemptsLeft(question, state) === 0;
}

/** Whether the question is done with: answered right, answer shown, or no attempts left. */
export function isSettled(question: QuestionBase, state: QuestionState | undefined): boolean {
  if (state === undefined) return false;
  return state.correct || state.revealed || attemptsLeft(question, state) === 0;
}
