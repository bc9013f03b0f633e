import type { QuestionBase } from './question-kind';
import { questionKinds, type QuestionKinds } from './question-kinds';

/** This learner's order of the parts the question's kind shuffles; undefined when it shows them as written. */
export function shownOrder(seed: number, question: QuestionBase, kinds: QuestionKinds = questionKinds): string[] | undefined {
  return kinds.of(question).shownOrder?.(seed, question);
}
