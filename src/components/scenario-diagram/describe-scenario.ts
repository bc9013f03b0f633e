import type { ChoiceDef, ScenarioDefinition } from '../../core/scenario/scenario-definition';
import type { ScoreRange } from '../../core/scenario/score-ranges';
import type { Translate } from '../../i18n/strings';

/** How many scenes, endings and choices a scenario has, for summaries and the diagram's description. */
export function countScenarioParts(scenario: ScenarioDefinition): { scenes: number; endings: number; choices: number } {
  const endings = scenario.scenes.filter((scene) => scene.kind === 'ending').length;
  const choices = scenario.scenes.reduce((sum, scene) => sum + scene.choices.length, 0);
  return { scenes: scenario.scenes.length - endings, endings, choices };
}

const signed = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(value)}`;

/** A choice's points in words a trainer reads at a glance: "safety +1, choice −1". */
export function formatPoints(choice: ChoiceDef): string {
  return Object.entries(choice.scores).map(([dimension, value]) => `${dimension} ${signed(value)}`).join(', ');
}

/** A range as "safety: 0 to 3", or "safety: 2" when every play has the same points. */
export function formatRange(dimension: string, range: ScoreRange, t: Translate): string {
  return range.min === range.max
    ? t('trainers.rangeOne', { dimension, min: range.min })
    : t('trainers.range', { dimension, min: range.min, max: range.max });
}

/** The text of what the scenario counts for. */
export function describeCounts(scenario: ScenarioDefinition, t: Translate): string {
  if (scenario.counts === 'score') return t('trainers.countsScore');
  if (scenario.counts === 'completion') return t('trainers.countsCompletion');
  return t('trainers.countsPractice');
}

/** What a scenario weighs in the course score: only a `score` scenario has a weight that does anything. */
export type WeighedScenario = Pick<ScenarioDefinition, 'counts'> & { weight: number };

/**
 * A scored scenario's weight beside the weights of every scored scenario of its course, or undefined
 * for practice and completion scenarios (the build refuses a weight on those).
 */
export function describeWeight(scenario: WeighedScenario, courseScenarios: readonly WeighedScenario[], t: Translate): string | undefined {
  if (scenario.counts !== 'score') return undefined;
  const total = courseScenarios.filter((entry) => entry.counts === 'score').reduce((sum, entry) => sum + entry.weight, 0);
  return t('trainers.weightScore', { weight: scenario.weight, total: Math.max(total, scenario.weight) });
}
