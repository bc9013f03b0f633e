import { isResponseComplete } from '../../core/quiz/evaluate-response';
import { isSettled } from '../../core/quiz/question-progress';
import type { QuestionBase, ResponseBase } from '../../core/quiz/question-kind';
import { questionKinds, type QuestionKinds } from '../../core/quiz/question-kinds';
import type { QuestionState } from '../../core/quiz/question-state';
import type { QuizLabelKey } from './quiz-labels';

/**
 * Why "Check my answer" cannot do anything yet, as the label that explains it; undefined when it
 * can. The button stays focusable and says why, instead of being silently disabled.
 */
export function findCheckBlocker(
  question: QuestionBase,
  state: QuestionState | undefined,
  draft: ResponseBase | undefined,
  ready: boolean,
  kinds: QuestionKinds = questionKinds,
): QuizLabelKey | undefined {
  if (!ready) return 'quiz.waiting';
  if (isSettled(question, state)) return 'quiz.finished';
  if (!isResponseComplete(question, draft, kinds)) return kinds.of(question).view.needs(question, draft);
  return undefined;
}
