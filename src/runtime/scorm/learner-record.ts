import type { QuestionState } from '../../core/quiz/question-state';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { ScenarioStateShape } from '../../core/scorm/course-state-scenario';
import { decodeLearnerState, encodeLearnerState, type LearnerCourseState, type StateCourse } from '../../core/scorm/learner-state-codec';
import type { CourseStateQuestion } from '../../core/scorm/course-state-question';
import type { PendingChanges } from './pending-changes';

/**
 * What suspend_data keeps of the learner, in memory: their seed, visited lessons, question and
 * scenario states. Each change schedules one suspend_data write, encoded when it is flushed, so the LMS
 * always receives the latest state.
 */
export interface LearnerRecord {
  /** Reads what the LMS kept; a state without a seed (first launch, format 1) gets one, saved at once. */
  restore(suspendData: string): void;
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
): LearnerRecord {
  // The codec reads only what CourseStateQuestion and ScenarioStateShape hold (kinds and ids).
  const stateCourse: StateCourse = { lessonIds: course.lessonIds, questions: course.questions, scenarios: course.scenarios ?? [] };
  let seed: number | undefined;
  let visited = new Set<string>();
  let questions = new Map<string, QuestionState>();
  let scenarios = new Map<string, ScenarioState>();

  const readSeed = () => (seed ??= createSeed());
  const toState = (): LearnerCourseState => ({
    seed: readSeed(),
    visitedLessonIds: course.lessonIds.filter((id) => visited.has(id)),
    questions: Object.fromEntries(questions),
    scenarios: Object.fromEntries(scenarios),
  });
  const scheduleWrite = () => pending.schedule('suspendData', (lms) => lms.setSuspendData(encodeLearnerState(toState(), stateCourse)));

  return {
    restore(suspendData) {
      const saved = decodeLearnerState(suspendData, stateCourse);
      visited = new Set(saved?.visitedLessonIds);
      questions = new Map(Object.entries(saved?.questions ?? {}));
      scenarios = new Map(Object.entries(saved?.scenarios ?? {}));
      seed = saved?.seed;
      if (seed === undefined) {
        readSeed();
        scheduleWrite();
      }
    },
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
