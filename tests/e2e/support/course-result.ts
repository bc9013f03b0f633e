import type { QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { PlayState, ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import type { AnsweredQuestion } from './quiz-learner';
import { findScenario } from './scenario-course';
import { findTotalRange, totalPoints } from './scenario-paths';

/** What the LMS should hear once every counted quiz is complete. */
export interface ExpectedCourseResult {
  /** 0–100, rounded. */
  raw: number;
  passed: boolean;
}

/** A scenario played to an ending, in the browser or in earlier sessions the LMS hands back. */
export interface ScenarioPlay {
  scenario: ScenarioDefinition;
  state: PlayState;
}

/**
 * What a score scenario's latest play adds to the course: its weight × where the play's total falls
 * between the lowest and highest totals of the scenario's loop-free plays (full weight when they are
 * equal). Worked out from the rules by walking the scenario here, not by the course's code.
 */
function scenarioPoints(played: ScenarioPlay): { points: number; max: number } {
  const { weight, counts } = findScenario(played.scenario.id);
  if (counts !== 'score') return { points: 0, max: 0 };
  const { lowest, highest } = findTotalRange(played.scenario);
  const share = highest === lowest ? 1 : Math.min(1, Math.max(0, (totalPoints(played.scenario, played.state) - lowest) / (highest - lowest)));
  return { points: weight * share, max: weight };
}

/**
 * The course result the scoring rules give for these checks and the latest play of each scenario,
 * worked out here from the rules (all or nothing per question, the latest check counts, likert
 * scores nothing, score scenarios add their points, passed when the course score reaches the course
 * pass mark), not by the course's code.
 * `checks` must hold every question each counted quiz showed; `scenarios` the latest play of each
 * scenario that counts.
 */
export function expectCourseResult(
  checks: readonly AnsweredQuestion[],
  countedQuizzes: readonly QuizDefinition[],
  coursePassMark: number,
  scenarios: readonly ScenarioPlay[],
): ExpectedCourseResult {
  const latest = new Map(checks.map((check) => [`${check.quizId}:${check.question.id}`, check]));
  let coursePoints = 0;
  let courseMax = 0;
  for (const played of scenarios) {
    const { points, max } = scenarioPoints(played);
    coursePoints += points;
    courseMax += max;
  }
  for (const quiz of countedQuizzes) {
    const scored = [...latest.values()].filter((check) => check.quizId === quiz.id && check.question.kind !== 'likert');
    courseMax += scored.reduce((sum, check) => sum + check.question.weight, 0);
    coursePoints += scored.reduce((sum, check) => sum + (check.correct ? check.question.weight : 0), 0);
  }
  if (courseMax === 0) throw new Error('No counted question carries points: there is no score to expect.');
  const raw = Math.round((100 * coursePoints) / courseMax);
  // The comparison an LMS makes from the manifest's pass mark (masteryscore, minNormalizedMeasure).
  return { raw, passed: raw >= coursePassMark };
}
