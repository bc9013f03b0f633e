import type { ShownOrder } from '../../core/quiz/learner-draw';
import type { Question } from '../../core/quiz/quiz-definition';
import type { QuestionResponse } from '../../core/quiz/question-state';
import type { QuizLabels } from './quiz-labels';

/** What each kind of question's answer controls get from the question card. */
export interface QuestionControlsProps<Q extends Question> {
  question: Q;
  /** This learner's display order of options, matching rights or steps. */
  order: ShownOrder;
  /** The answer being put together (not necessarily checked yet). */
  response: QuestionResponse | undefined;
  onChange: (response: QuestionResponse) => void;
  /** Enter in a text field: the same as pressing "Check my answer". */
  onSubmit: () => void;
  /** The answer can no longer change: finished, or saved answers still loading. */
  locked: boolean;
  /** The answer has been shown: mark the right options in words. */
  showCorrect: boolean;
  labels: QuizLabels;
  /** Unique on the page; element ids start with it. Parts join with "--", which stable ids never contain. */
  idPrefix: string;
}

/** `items` in the order of `ids` (this learner's order); authored order when there is none. */
export function inShownOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[] | undefined): T[] {
  if (!ids) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
