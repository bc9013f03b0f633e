import type { QuestionState } from '../quiz/question-state';
import type { ScenarioState } from '../scenario/scenario-state';
import type { CourseStateQuestion } from './course-state-question';
import type { ScenarioStateShape } from './course-state-scenario';

/** Everything a learner's suspend_data keeps about one course. */
export interface LearnerCourseState {
  /** Fixes the learner's bank draws and shuffles: 0 … 36^4 − 1, made once at first launch. */
  seed: number;
  visitedLessonIds: string[];
  /** By question id, formative questions included. */
  questions: Record<string, QuestionState>;
  /** By scenario id, practice scenarios included; none when absent. */
  scenarios?: Record<string, ScenarioState>;
  /** What the saved text held for lessons, questions and scenarios this course no longer has: written back as it was. */
  unknown?: UnknownStateParts;
}

/**
 * Parts of saved text whose keys the published course does not know (a republish removed the
 * lesson, question or scenario). They are carried through unchanged, so a record written back
 * never holds less than what was read, and progress returns if the content comes back.
 */
export interface UnknownStateParts {
  /** 4-character lesson keys. */
  lessonKeys: string[];
  /** Whole entries (key, length, payload) as saved. */
  questionEntries: string[];
  scenarioEntries: string[];
}

/**
 * Saved state as read back. `seed` is missing when the text was saved before seeds existed
 * (format 1, visited lessons only): the caller makes a new seed and keeps the rest.
 */
export interface DecodedLearnerState {
  seed?: number;
  /** In course order. */
  visitedLessonIds: string[];
  questions: Record<string, QuestionState>;
  /** Restored as far as the scenario's ids still exist; the player replays the path (replayPath). */
  scenarios: Record<string, ScenarioState>;
  /** Present when the text held parts this course does not know. */
  unknown?: UnknownStateParts;
}

/** The published course as the codec sees it: what can be saved, and what saved text can be read into. */
export interface StateCourse<Q extends CourseStateQuestion = CourseStateQuestion> {
  lessonIds: readonly string[];
  /** Every question, bank questions and formative ones included; a full Question fits. */
  questions: readonly Q[];
  /** Every scenario, practice ones included; a PlannedScenario fits. None when absent. */
  scenarios?: readonly ScenarioStateShape[];
}

/** Lesson ids once each, in course order. */
export function listStateLessonIds(course: StateCourse): string[] {
  return [...new Set(course.lessonIds)];
}

/** Questions once per id (the first wins), in course order. */
export function listStateQuestions(course: StateCourse): CourseStateQuestion[] {
  const seen = new Set<string>();
  return course.questions.filter((question) => !seen.has(question.id) && seen.add(question.id));
}

/** Scenarios once per id (the first wins), in course order. */
export function listStateScenarios(course: Pick<StateCourse, 'scenarios'>): ScenarioStateShape[] {
  const seen = new Set<string>();
  return (course.scenarios ?? []).filter((scenario) => !seen.has(scenario.id) && seen.add(scenario.id));
}
