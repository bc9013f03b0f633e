import { dimensionName } from '../../core/scenario/dimension-name';
import type { ScoreRange, ScoreRanges } from '../../core/scenario/score-ranges';
import { fillLabel, type ScenarioLabels } from './scenario-labels';

export { dimensionName };

/**
 * The lowest and highest points each dimension can have at any ending: the scale a debrief puts
 * the learner's points on. Over all endings rather than the one reached, because "of a possible 4"
 * should mean what the scenario allows, and the course score normalises over every ending too.
 */
export function overallRanges(ranges: ScoreRanges | undefined, dimensions: readonly string[]): Map<string, ScoreRange> {
  const overall = new Map<string, ScoreRange>();
  for (const perDimension of Object.values(ranges ?? {})) {
    for (const dimension of dimensions) {
      const range = perDimension[dimension];
      if (!range) continue;
      const known = overall.get(dimension);
      overall.set(dimension, known ? { min: Math.min(known.min, range.min), max: Math.max(known.max, range.max) } : { ...range });
    }
  }
  return overall;
}

/**
 * One dimension of a debrief in words, with no judgement: "Transparency: 3 of a possible 4", or on
 * a scale when points can go below 0, or just the points when they fall outside the known range
 * (a play that went round a loop again) or no range is known.
 */
export function describeDimension(
  input: { dimension: string; points: number; range: ScoreRange | undefined; names?: Readonly<Record<string, string>> },
  labels: ScenarioLabels,
  language: string,
): string {
  const number = new Intl.NumberFormat(language);
  const { points, range } = input;
  const values = { dimension: dimensionName(input.dimension, language, input.names), points: number.format(points) };
  if (!range || points < range.min || points > range.max || range.min === range.max) {
    return fillLabel(labels['scenario.dimensionPoints'], values);
  }
  if (range.min >= 0) return fillLabel(labels['scenario.dimensionOf'], { ...values, max: number.format(range.max) });
  return fillLabel(labels['scenario.dimensionScale'], { ...values, min: number.format(range.min), max: number.format(range.max) });
}
