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
 * (all or nothing per question, the latest check counts, likert scores nothing), not by the course's code.
 * `checks` must hold every question each counted quiz showed.
 */
export function expectCourseResult(checks: readonly AnsweredQuestion[], countedQuizzes: readonly QuizDefinition[], coursePassMark: number): ExpectedCourseResult {
  const latest = new Map(checks.map((check) => [`${check.quizId}:${check.question.id}`, check]));
  let coursePoints = 0;
  let courseMax = 0;
  const quizzesPassed = countedQuizzes.map((quiz) => {
    const scored = [...latest.values()].filter((check) => check.quizId === quiz.id && check.question.kind !== 'likert');
    const max = scored.reduce((sum, check) => sum + check.question.weight, 0);
    const points = scored.reduce((sum, check) => sum + (check.correct ? check.question.weight : 0), 0);
    coursePoints += points;
    courseMax += max;
    return max === 0 || Math.round((100 * points) / max) >= (quiz.passMark ?? 0);
  });
  if (courseMax === 0) throw new Error('No counted question carries points: there is no score to expect.');
  const raw = Math.round((100 * coursePoints) / courseMax);
  return { raw, passed: raw >= coursePassMark && quizzesPassed.every(Boolean) };
}
