import type { ViewText } from '../../core/quiz/question-view';
import { fillLabel, type QuizLabels } from './quiz-labels';

/** What the learner reads: the author's words as written, or an interface string with its values filled in. */
export function showText(text: ViewText, labels: QuizLabels): string {
  if (typeof text === 'string') return text;
  const values = Object.fromEntries(Object.entries(text.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? showText(value, labels) : value]));
  return fillLabel(labels[text.label], values);
}
