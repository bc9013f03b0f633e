import { en } from '../../i18n/en';
import type { Translate } from '../../i18n/strings';
import { isScenarioLabelKey, type ScenarioLabels } from '../../islands/scenario/scenario-labels';

/** Every "scenario.*" string in the course language, placeholders left for the island to fill. */
export function createScenarioLabels(t: Translate): ScenarioLabels {
  return Object.fromEntries(Object.keys(en).filter(isScenarioLabelKey).map((key) => [key, t(key)])) as ScenarioLabels;
}
