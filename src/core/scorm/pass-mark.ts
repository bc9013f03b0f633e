import type { CourseAssessmentPlan, PlannedItem } from '../quiz/course-assessment-plan';
import type { PlannedScenario } from '../scenario/scenario-plan';
import { formatDecimal } from './decimal';

/**
 * The course pass mark as the manifests state it. The course score is a whole percentage, so
 * rounding the mark *up* to the precision a manifest allows keeps "score ≥ mark" exactly the
 * comparison the course itself makes (12 significant digits drop binary noise such as
 * 0.57 × 100 = 56.99999999999999 before rounding up).
 */
function ceilTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.ceil(Number((value * factor).toPrecision(12))) / factor;
}

/** SCORM 1.2 `adlcp:masteryscore` (CMIDecimal, 0–100, at most two decimals). */
export function toMasteryScore12(passMark: number): string {
  return formatDecimal(ceilTo(passMark, 2), 2);
}

/** SCORM 2004 `imsss:minNormalizedMeasure` (0–1), compared by the LMS with `cmi.score.scaled`. */
export function toMinNormalizedMeasure(passMark: number): string {
  return formatDecimal(ceilTo(passMark, 2) / 100, 4);
}

/**
 * Whether the course ever reports a score, and so whether its pass mark means anything to an LMS:
 * some counted question carries points (likert never does) or a scored scenario has weight.
 */
export function reportsScore(plan: CourseAssessmentPlan, scenarios: readonly PlannedScenario[]): boolean {
  const carriesPoints = (item: PlannedItem) => ('bank' in item ? item.questions.some((question) => question.weight > 0) : item.weight > 0);
  return plan.quizzes.some((quiz) => quiz.items.some(carriesPoints)) ||
    scenarios.some((scenario) => scenario.counts === 'score' && scenario.weight > 0);
}
