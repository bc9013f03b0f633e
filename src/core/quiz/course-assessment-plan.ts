import type { QuizDefinition } from './quiz-definition';
import { effectivePassMark } from './quiz-questions';

/** What the learner's browser needs to score the course: counted quizzes only, no question text. */
export interface CourseAssessmentPlan {
  /** The course pass mark (percent), from course.yaml. */
  passMark: number;
  /** Counted quizzes, in course order. */
  quizzes: PlannedQuiz[];
}

export interface PlannedQuiz {
  id: string;
  lessonId: string;
  /** Percent this quiz needs: its own, else the course pass mark. */
  passMark: number;
  items: PlannedItem[];
}

export interface PlannedQuestion {
  question: string;
  weight: number;
}

export interface PlannedBank {
  bank: string;
  draw: number;
  questions: PlannedQuestion[];
}

export type PlannedItem = PlannedQuestion | PlannedBank;

export function toAssessmentPlan(quizzes: readonly QuizDefinition[], coursePassMark: number): CourseAssessmentPlan {
  return {
    passMark: coursePassMark,
    quizzes: quizzes.filter((quiz) => quiz.counts).map((quiz) => ({
      id: quiz.id,
      lessonId: quiz.lessonId,
      passMark: effectivePassMark(quiz, coursePassMark) ?? coursePassMark,
      items: quiz.items.map((item): PlannedItem => item.kind === 'bank'
        ? { bank: item.id, draw: item.draw, questions: item.questions.map((question) => ({ question: question.id, weight: question.weight })) }
        : { question: item.id, weight: item.weight }),
    })),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function isPlannedQuestion(value: unknown): value is PlannedQuestion {
  return isRecord(value) && isString(value.question) && isNumber(value.weight);
}

function isPlannedItem(value: unknown): value is PlannedItem {
  if (isPlannedQuestion(value)) return true;
  return isRecord(value) && isString(value.bank) && isNumber(value.draw) &&
    Array.isArray(value.questions) && value.questions.every(isPlannedQuestion);
}

function isPlannedQuiz(value: unknown): value is PlannedQuiz {
  return isRecord(value) && isString(value.id) && isString(value.lessonId) && isNumber(value.passMark) &&
    Array.isArray(value.items) && value.items.every(isPlannedItem);
}

/** Guards the plan read from the page's course JSON before the tracker trusts it. */
export function isAssessmentPlan(value: unknown): value is CourseAssessmentPlan {
  return isRecord(value) && isNumber(value.passMark) && Array.isArray(value.quizzes) && value.quizzes.every(isPlannedQuiz);
}
