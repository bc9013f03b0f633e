import type { LikertLevel } from '../../core/quiz/quiz-definition';
import type { Language } from '../../i18n/strings';
import { defaultPartId } from './default-part-id';

/**
 * The scale a `<Likert>` without `<Level>` elements gets, from least to most. Kept here rather than
 * in the interface strings because it becomes part of the quiz data (and the recorded level ids).
 */
export const DEFAULT_LIKERT_LEVELS: Record<Language, readonly string[]> = {
  en: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'],
  da: ['Slet ikke', 'Lidt', 'Noget', 'For det meste', 'Helt'],
};

export function defaultLikertScale(language: Language): LikertLevel[] {
  return DEFAULT_LIKERT_LEVELS[language].map((text, index) => ({ id: defaultPartId(index), text }));
}
