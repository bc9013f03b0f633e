import type { AddedCoursePoints } from '../quiz/course-assessment';
import type { PlannedScenario } from './scenario-plan';
import type { ScenarioState } from './scenario-state';

/** Where a learner stands on the scenarios that count (completion and score ones). */
export interface ScenarioAssessment {
  /** Every counted scenario has at least one ending reached (true when none counts). */
  scenariosComplete: boolean;
  /** Counted scenarios with an ending reached. */
  reached: number;
  /** Counted scenarios. */
  total: number;
  /** What score scenarios add to the course score: complete once each has an outcome. */
  score: AddedCoursePoints;
}

/**
 * Points of a score scenario's outcome: weight × (Σ dimensions − totalMin) / (totalMax − totalMin),
 * clamped to 0 … weight (a play that loops can go beyond the planned range); full weight when the
 * range is a single value. Dimensions the outcome lacks count 0.
 */
export function scenarioPoints(scenario: PlannedScenario, outcome: NonNullable<ScenarioState['lastOutcome']>): number {
  const total = [...new Set(scenario.dimensions)].reduce((sum, dimension) => {
    const points = Object.hasOwn(outcome.scores, dimension) ? outcome.scores[dimension] : undefined;
    return sum + (points !== undefined && Number.isFinite(points) ? points : 0);
  }, 0);
  const span = scenario.totalMax - scenario.totalMin;
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (total - scenario.totalMin) / span));
  return scenario.weight * share;
}

/** Completion needs an ending in every completion and score scenario; practice scenarios count for nothing. */
export function assessScenarios(
  plan: readonly PlannedScenario[],
  readState: (scenarioId: string) => ScenarioState | undefined,
): ScenarioAssessment {
  const counted = plan.filter((scenario) => scenario.counts !== 'practice');
  const reached = counted.filter((scenario) => (readState(scenario.id)?.endingsReached.length ?? 0) > 0).length;
  const score: AddedCoursePoints = { complete: true, points: 0, maxPoints: 0 };
  for (const scenario of plan.filter((candidate) => candidate.counts === 'score')) {
    const outcome = readState(scenario.id)?.lastOutcome;
    score.maxPoints += scenario.weight;
    if (outcome === undefined) score.complete = false;
    else score.points += scenarioPoints(scenario, outcome);
  }
  return { scenariosComplete: reached === counted.length, reached, total: counted.length, score };
}
