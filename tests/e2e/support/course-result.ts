import type { QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { AnsweredQuestion } from './quiz-learner';

/** What the LMS should hear once every counted quiz is complete. */
export interface ExpectedCourseResult {
  /** 0–100, rounded. */
  raw: number;
  passed: boolean;
}

/**
 * The course result the scoring rules give for these checks, worked out here from the rules
 * (all or nothing per question, the latest check counts, likert scores nothing, passed when the course
 * score reaches the course pass mark), not by the course's code.
 * `checks` must hold every question each counted quiz showed.
 */
export function expectCourseResult(checks: readonly AnsweredQuestion[], countedQuizzes: readonly QuizDefinition[], coursePassMark: number): ExpectedCourseResult {
  const latest = new Map(checks.map((check) => [`${check.quizId}:${check.question.id}`, check]));
  let coursePoints = 0;
  let courseMax = 0;
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
