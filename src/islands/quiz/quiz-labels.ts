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

/** The label with each `{name}` replaced; a replacer function, so "$&" in a learner's text stays literal. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
