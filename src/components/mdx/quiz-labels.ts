import { en } from '../../i18n/en';
import type { Translate } from '../../i18n/strings';
import { isQuizLabelKey, type QuizLabels } from '../../islands/quiz/quiz-labels';

/** Every "quiz.*" string in the course language, placeholders left for the island to fill. */
export function createQuizLabels(t: Translate): QuizLabels {
  return Object.fromEntries(Object.keys(en).filter(isQuizLabelKey).map((key) => [key, t(key)])) as QuizLabels;
}
