import type { QuestionBase } from './question-kind';
import { questionKinds, type AnyResponse, type QuestionKinds } from './question-kinds';

/** Whether the learner's answer is right; a response of another kind never is, nor an answer to an unscored question. */
export function isResponseCorrect(question: QuestionBase, response: AnyResponse, kinds: QuestionKinds = questionKinds): boolean {
  const kind = kinds.of(question);
  return kind.scored && response.kind === question.kind && kind.isCorrect(question, response);
}

/** Whether the answer is whole enough to check: every part given, and only ids the question has. */
export function isResponseComplete(question: QuestionBase, response: AnyResponse | undefined, kinds: QuestionKinds = questionKinds): boolean {
  return response !== undefined && response.kind === question.kind && kinds.of(question).isComplete(question, response);
}
