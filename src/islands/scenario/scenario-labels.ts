import type { StringKey } from '../../i18n/en';

export type ScenarioLabelKey = Extract<StringKey, `scenario.${string}`>;

/**
 * The scenario player's interface strings, already translated, keyed like the i18n tables
 * ("scenario.continue"). Placeholders such as `{number}` are left in for `fillLabel`.
 */
export type ScenarioLabels = Record<ScenarioLabelKey, string>;

export function isScenarioLabelKey(key: string): key is ScenarioLabelKey {
  return key.startsWith('scenario.');
}

export { fillLabel } from '../quiz/quiz-labels';
