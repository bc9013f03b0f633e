import type { CourseAssessmentPlan, PlannedItem, PlannedQuiz } from './course-assessment-plan';
import { drawBank } from './learner-draw';
import { scoreQuiz } from './quiz-score';
import type { QuestionState } from './question-state';

/** Where a learner stands on the course's counted quizzes. */
export interface CourseAssessment {
  /** Every counted quiz has every shown question answered (true when nothing counts). */
  quizzesComplete: boolean;
  /** Counted questions shown to this learner that they have answered. */
  answered: number;
  /** Counted questions shown to this learner. */
  total: number;
  /** Course score 0–100, once quizzesComplete (and any added points complete) and some points count. */
  scorePercent?: number;
  /**
   * scorePercent ≥ the course pass mark; set with scorePercent. Exactly the comparison an LMS makes
   * from the manifest's pass mark (1.2 masteryscore, 2004 minNormalizedMeasure), so the two never
   * disagree; a counted quiz's own pass mark shapes that quiz's feedback, not the course verdict.
   */
  passed?: boolean;
}

/** Points from outside the quizzes (score scenarios), counted into the same course percentage. */
export interface AddedCoursePoints {
  /** Every source of these points has a result; until then the course has no score. */
  complete: boolean;
  points: number;
  maxPoints: number;
}

const NOTHING_ADDED: AddedCoursePoints = { complete: true, points: 0, maxPoints: 0 };

type ShownQuestion = { id: string; weight: number };

// Draws from the plan's ids exactly as shownQuestions draws from the quiz itself, so the course
// scores the same questions the learner saw.
function shownInPlan(seed: number, items: readonly PlannedItem[]): ShownQuestion[] {
  return items.flatMap((item): ShownQuestion[] => {
    if ('bank' in item) {
      const questions = item.questions.map(({ question, weight }) => ({ id: question, weight }));
      return drawBank(seed, { id: item.bank, draw: item.draw, questions });
    }
    return [{ id: item.question, weight: item.weight }];
  });
}

const scorePlannedQuiz = (quiz: PlannedQuiz, seed: number, readState: (id: string) => QuestionState | undefined) =>
  scoreQuiz(shownInPlan(seed, quiz.items), readState, { passMark: quiz.passMark });

/**
 * The learner's standing on the counted quizzes, and the course score: their points plus `added`
 * (score scenarios) out of the maximum of both, once the quizzes are complete and `added` is too.
 */
export function assessCourse(
  plan: CourseAssessmentPlan,
  seed: number,
  readState: (id: string) => QuestionState | undefined,
  added: AddedCoursePoints = NOTHING_ADDED,
): CourseAssessment {
  const results = plan.quizzes.map((quiz) => scorePlannedQuiz(quiz, seed, readState));
  const sum = (pick: (result: (typeof results)[number]) => number) => results.reduce((total, result) => total + pick(result), 0);
  const assessment: CourseAssessment = {
    quizzesComplete: results.every((result) => result.complete),
    answered: sum((result) => result.answered),
    total: sum((result) => result.total),
  };
  const maxPoints = sum((result) => result.maxPoints) + added.maxPoints;
  if (!assessment.quizzesComplete || !added.complete || maxPoints <= 0) return assessment;
  const points = sum((result) => result.points) + added.points;
  const scorePercent = Math.min(100, Math.max(0, Math.round((100 * points) / maxPoints)));
  return { ...assessment, scorePercent, passed: scorePercent >= plan.passMark };
}
