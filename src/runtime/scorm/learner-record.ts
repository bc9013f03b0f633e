import type { QuestionState } from '../../core/quiz/question-state';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { ScenarioStateShape } from '../../core/scorm/course-state-scenario';
import type { CourseStateQuestion } from '../../core/scorm/course-state-question';
import {
  decodeLearnerState, encodeLearnerState, type LearnerCourseState, type StateCourse, type UnknownStateParts,
} from '../../core/scorm/learner-state-codec';
import { mergeLearnerStates } from '../../core/scorm/learner-state-merge';
import type { PendingChanges } from './pending-changes';

/**
 * What suspend_data keeps of the learner, in memory: their seed, visited lessons, question and
 * scenario states, and what the saved text held for content this course no longer has. Each change
 * schedules one suspend_data write, encoded when it is flushed, so the LMS always receives the
 * latest state.
 */
export interface LearnerRecord {
  /**
   * Reads and merges saved texts, oldest first (the LMS's, then what this device held): nothing
   * either holds is lost. Returns the texts that are not empty but could not be read at all.
   * A state without a seed (first launch, format 1) gets one. The merged state is written back at
   * once when the first text (the LMS's) is not already exactly that.
   */
  restore(suspendData: readonly string[]): string[];
  /** suspend_data as it is written now: everything, unless that is longer than `maxLength` (see createLearnerRecord). */
  encode: () => string;
  readSeed: () => number;
  readVisitedLessonIds: () => ReadonlySet<string>;
  readQuestionState: (questionId: string) => QuestionState | undefined;
  readScenarioState: (scenarioId: string) => ScenarioState | undefined;
  /** False for a lesson the course does not have or one already visited. */
  visit(lessonId: string): boolean;
  saveQuestion(questionId: string, state: QuestionState): void;
  saveScenario(scenarioId: string, state: ScenarioState): void;
}

// A copy, so that a player changing its own objects later cannot change what is saved.
const copyScenarioState = ({ path, endingsReached, lastOutcome }: ScenarioState): ScenarioState => ({
  path: [...path],
  endingsReached: [...endingsReached],
  ...(lastOutcome === undefined ? {} : { lastOutcome: { endingId: lastOutcome.endingId, scores: { ...lastOutcome.scores } } }),
});

export function createLearnerRecord(
  course: { lessonIds: readonly string[]; questions: readonly CourseStateQuestion[]; scenarios?: readonly ScenarioStateShape[] },
  pending: PendingChanges,
  createSeed: () => number,
  /** The LMS's suspend_data limit: parts of removed content are left out rather than the whole text refused. */
  maxLength = Number.POSITIVE_INFINITY,
): LearnerRecord {
  // The codec reads only what CourseStateQuestion and ScenarioStateShape hold (kinds and ids).
  const stateCourse: StateCourse = { lessonIds: course.lessonIds, questions: course.questions, scenarios: course.scenarios ?? [] };
  let seed: number | undefined;
  let visited = new Set<string>();
  let questions = new Map<string, QuestionState>();
  let scenarios = new Map<string, ScenarioState>();
  let unknown: UnknownStateParts | undefined;

  const readSeed = () => (seed ??= createSeed());
  const toState = (withUnknown: boolean): LearnerCourseState => ({
    seed: readSeed(),
    visitedLessonIds: course.lessonIds.filter((id) => visited.has(id)),
    questions: Object.fromEntries(questions),
    scenarios: Object.fromEntries(scenarios),
    ...(withUnknown && unknown !== undefined ? { unknown } : {}),
  });
  const encode = () => {
    const whole = encodeLearnerState(toState(true), stateCourse);
    return whole.length <= maxLength || unknown === undefined ? whole : encodeLearnerState(toState(false), stateCourse);
  };
  const scheduleWrite = () => pending.schedule('suspendData', (lms) => lms.setSuspendData(encode()));

  return {
    restore(texts) {
      const decoded = texts.map((text) => decodeLearnerState(text, stateCourse));
      const saved = decoded.reduce(mergeLearnerStates, undefined);
      visited = new Set(saved?.visitedLessonIds);
      questions = new Map(Object.entries(saved?.questions ?? {}));
      scenarios = new Map(Object.entries(saved?.scenarios ?? {}));
      unknown = saved?.unknown;
      seed = saved?.seed;
      readSeed();
      // Written back at once unless the LMS already holds exactly this: merged, in this course's
      // form, so what the LMS holds is what the course reads back.
      if (encode() !== texts[0]) scheduleWrite();
      return texts.filter((text, index) => text !== '' && decoded[index] === undefined);
    },
    encode,
    readSeed,
    readVisitedLessonIds: () => visited,
    readQuestionState: (questionId) => questions.get(questionId),
    readScenarioState: (scenarioId) => {
      const state = scenarios.get(scenarioId);
      return state === undefined ? undefined : copyScenarioState(state);
    },
    visit(lessonId) {
      if (!course.lessonIds.includes(lessonId) || visited.has(lessonId)) return false;
      visited = new Set([...visited, lessonId]);
      scheduleWrite();
      return true;
    },
    saveQuestion(questionId, state) {
      questions.set(questionId, state);
      scheduleWrite();
    },
    saveScenario(scenarioId, state) {
      scenarios.set(scenarioId, copyScenarioState(state));
      scheduleWrite();
    },
  };
}
