import { isScenarioStateShape, toScenarioStateShape, type ScenarioStateShape } from '../scorm/course-state-scenario';
import { longestPlay } from './longest-play';
import type { ScenarioCounts, ScenarioDefinition } from './scenario-definition';
import { scoreRanges } from './score-ranges';

/**
 * What the learner's browser needs to track a scenario, in the course JSON: what it counts for,
 * how to normalise its score, and the ids its saved state points at. No scene text.
 */
export interface PlannedScenario extends ScenarioStateShape {
  lessonId: string;
  counts: ScenarioCounts;
  /** Share of the course score (max points) of a `score` scenario; 1 unless the author set `weight`. */
  weight: number;
  dimensions: string[];
  choiceIds: string[];
  endingIds: string[];
  /** Lowest sum of the dimensions on reaching any ending (from scoreRanges); 0 unless counts is `score`. */
  totalMin: number;
  /** Highest sum of the dimensions on reaching any ending; 0 unless counts is `score`. */
  totalMax: number;
}

/** A scenario as extraction gives it, with the `weight` attribute when the author wrote one. */
export type PlannableScenario = ScenarioDefinition & { weight?: number };

// Every page of a course carries the plan, and extraction hands out the same scenario objects
// each time, so each scenario's state space is explored once per build rather than once per page.
const planned = new WeakMap<PlannableScenario, PlannedScenario>();

/**
 * Every scenario of the course (practice ones too: their state is saved), in course order. A
 * scenario too large for scoreRanges (the build reports it) gets totals 0, so it scores full marks.
 * Scenarios are read-only once planned: the plan of the same object is reused.
 */
export function toScenarioPlan(scenarios: readonly PlannableScenario[]): PlannedScenario[] {
  return scenarios.map((scenario) => {
    const known = planned.get(scenario);
    if (known !== undefined) return known;
    const plan = planScenario(scenario);
    planned.set(scenario, plan);
    return plan;
  });
}

function planScenario(scenario: PlannableScenario): PlannedScenario {
  const play = longestPlay(scenario);
  const shape = toScenarioStateShape(scenario, play);
  return {
    ...shape,
    lessonId: scenario.lessonId,
    counts: scenario.counts,
    weight: scenario.weight ?? 1,
    dimensions: [...shape.dimensions],
    choiceIds: [...shape.choiceIds],
    endingIds: [...shape.endingIds],
    ...(scenario.counts === 'score' ? totalRange(scenario) : { totalMin: 0, totalMax: 0 }),
  };
}

/** The sum of the dimensions: lowest and highest over the endings, from each dimension's own range. */
function totalRange(scenario: ScenarioDefinition): { totalMin: number; totalMax: number } {
  let ranges: ReturnType<typeof scoreRanges>;
  try {
    ranges = scoreRanges(scenario);
  } catch (error) {
    if (error instanceof RangeError) return { totalMin: 0, totalMax: 0 };
    throw error;
  }
  const totals = Object.values(ranges).map((byDimension) => {
    const dimensions = Object.values(byDimension);
    return { min: dimensions.reduce((sum, range) => sum + range.min, 0), max: dimensions.reduce((sum, range) => sum + range.max, 0) };
  });
  if (totals.length === 0) return { totalMin: 0, totalMax: 0 };
  return { totalMin: Math.min(...totals.map((total) => total.min)), totalMax: Math.max(...totals.map((total) => total.max)) };
}

const counts: readonly unknown[] = ['practice', 'completion', 'score'] satisfies ScenarioCounts[];
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isPlannedScenario(value: unknown): value is PlannedScenario {
  if (!isScenarioStateShape(value)) return false;
  const planned = value as unknown as Record<string, unknown>;
  return typeof planned.lessonId === 'string' && counts.includes(planned.counts) && isNumber(planned.weight) &&
    planned.weight >= 0 && isNumber(planned.totalMin) && isNumber(planned.totalMax);
}

/** Guards the scenarios read from the page's course JSON before tracking trusts them. */
export function isScenarioPlan(value: unknown): value is PlannedScenario[] {
  return Array.isArray(value) && value.every(isPlannedScenario);
}
