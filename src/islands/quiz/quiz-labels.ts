import type { StringKey } from '../../i18n/en';

export type QuizLabelKey = Extract<StringKey, `quiz.${string}`>;

/**
 * The quiz's interface strings, already translated, keyed like the i18n tables ("quiz.check").
 * Placeholders such as `{count}` are left in for `fillLabel`.
 */
export type QuizLabels = Record<QuizLabelKey, string>;

export function isQuizLabelKey(key: string): key is QuizLabelKey {
  return key.startsWith('quiz.');
}

export { fillLabel } from '../../core/text/fill-label';
