import { isResponseComplete } from '../../core/quiz/evaluate-response';
import { isSettled } from '../../core/quiz/question-progress';
import type { Question, QuestionKind } from '../../core/quiz/quiz-definition';
import type { QuestionResponse, QuestionState } from '../../core/quiz/question-state';
import type { QuizLabelKey } from './quiz-labels';

const needs: Record<QuestionKind, QuizLabelKey> = {
  single: 'quiz.needsChoice',
  'true-false': 'quiz.needsChoice',
  multiple: 'quiz.needsChoices',
  'fill-in': 'quiz.needsText',
  matching: 'quiz.needsMatches',
  sequencing: 'quiz.needsChoice',
  likert: 'quiz.needsLevel',
};

/**
 * Why "Check my answer" cannot do anything yet, as the label that explains it; undefined when it
 * can. The button stays focusable and says why, instead of being silently disabled.
 */
export function findCheckBlocker(
  question: Question,
  state: QuestionState | undefined,
  draft: QuestionResponse | undefined,
  ready: boolean,
): QuizLabelKey | undefined {
  if (!ready) return 'quiz.waiting';
  if (isSettled(question, state)) return 'quiz.finished';
  if (!isResponseComplete(question, draft)) return needs[question.kind];
  return undefined;
}
