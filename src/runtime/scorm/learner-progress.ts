import { assessCourse, type CourseAssessment } from '../../core/quiz/course-assessment';
import type { CourseAssessmentPlan } from '../../core/quiz/course-assessment-plan';
import type { QuestionState } from '../../core/quiz/question-state';
import { assessScenarios, type ScenarioAssessment } from '../../core/scenario/scenario-assessment';
import type { PlannedScenario } from '../../core/scenario/scenario-plan';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import { measureCourseProgress, type CourseProgress, type TrackedLesson } from '../../core/scorm/course-progress';
import type { CourseStateQuestion } from '../../core/scorm/course-state-question';
import { advanceRecordStatus, type StoredRecord } from '../../core/scorm/learner-record-rules';
import { decodeLessonPlace, type LessonPlace } from '../../core/scorm/lesson-place';
import { createCourseStatusReport } from './course-status-report';
import { createLearnerRecord } from './learner-record';
import type { PendingChanges } from './pending-changes';

/** The course as tracking sees it: lessons, every question and scenario (for saved state), what counts. */
export interface TrackedCourse {
  lessons: readonly TrackedLesson[];
  questions?: readonly CourseStateQuestion[];
  /** Absent: no quiz counts. */
  assessment?: CourseAssessmentPlan;
  /** Every scenario, practice ones too; absent: none. */
  scenarios?: readonly PlannedScenario[];
}

/**
 * The learner's place in the course as the tracker keeps it in memory: visited lessons, answers,
 * bookmark, and the completion, progress and result they add up to. Each change schedules the
 * LMS writes that reflect it; it returns whether anything changed.
 */
export interface LearnerProgress {
  /**
   * Starts from `stored` (what the LMS holds) merged with `newer` records (what this device kept
   * and the LMS never confirmed, oldest first). Returns saved texts that could not be read at all.
   */
  restore(stored: StoredRecord, newer?: readonly StoredRecord[]): string[];
  /** The record as it stands: what the LMS should hold once everything pending is written. */
  readRecord: () => StoredRecord;
  visit(lessonId: string): boolean;
  /** A lesson id, or an encoded LessonPlace; a bare id of the lesson the bookmark is already in keeps the finer place. */
  moveTo(location: string): boolean;
  saveQuestion(questionId: string, state: QuestionState): void;
  saveScenario(scenarioId: string, state: ScenarioState): void;
  markCompleted: () => boolean;
  readLocation: () => string | undefined;
  readPlace: () => LessonPlace | undefined;
  readVisitedLessonIds: () => ReadonlySet<string>;
  readSeed: () => number;
  readQuestionState: (questionId: string) => QuestionState | undefined;
  readScenarioState: (scenarioId: string) => ScenarioState | undefined;
  readProgress: () => CourseProgress;
}

const noCountedQuizzes: CourseAssessmentPlan = { passMark: 0, quizzes: [] };

export function createLearnerProgress(
  course: TrackedCourse,
  pending: PendingChanges,
  createSeed: () => number,
  maxSuspendDataLength?: number,
): LearnerProgress {
  const lessonIds = course.lessons.map((lesson) => lesson.id);
  const plan = course.assessment ?? noCountedQuizzes;
  const scenarios = course.scenarios ?? [];
  const record = createLearnerRecord({ lessonIds, questions: course.questions ?? [], scenarios }, pending, createSeed, maxSuspendDataLength);
  const status = createCourseStatusReport(pending);
  let location: string | undefined;
  const placeIn = (value: string) => {
    const place = decodeLessonPlace(value);
    return place && lessonIds.includes(place.lessonId) ? place : undefined;
  };

  // Score scenarios add their points to the quizzes' in one course percentage.
  const assess = (): { quizzes: CourseAssessment; scenarios: ScenarioAssessment } => {
    const scenarioAssessment = assessScenarios(scenarios, record.readScenarioState);
    return { quizzes: assessCourse(plan, record.readSeed(), record.readQuestionState, scenarioAssessment.score), scenarios: scenarioAssessment };
  };
  const measure = (assessment: ReturnType<typeof assess>) =>
    measureCourseProgress(course.lessons, record.readVisitedLessonIds(), assessment.quizzes, assessment.scenarios);
  const reportStatus = () => {
    const assessment = assess();
    status.report(measure(assessment), assessment.quizzes);
  };

  return {
    restore(stored, newer = []) {
      const records = [stored, ...newer];
      const bookmark = records.map((candidate) => candidate.location).filter((candidate) => placeIn(candidate) !== undefined).at(-1);
      location = bookmark;
      if (bookmark !== undefined && bookmark !== stored.location) pending.schedule('location', (lms) => lms.setLocation(bookmark));
      const unreadable = record.restore(records.map((candidate) => candidate.suspendData));
      status.restore(stored);
      status.propose(newer.reduce(advanceRecordStatus, stored));
      reportStatus();
      return unreadable;
    },
    readRecord: () => ({ location: location ?? '', suspendData: record.encode(), ...status.readStatus() }),
    visit(lessonId) {
      if (!record.visit(lessonId)) return false;
      reportStatus();
      return true;
    },
    moveTo(next) {
      const place = placeIn(next);
      if (!place || location === next) return false;
      // Arriving on the lesson the bookmark points into must not write back less than was read.
      if (next === place.lessonId && location !== undefined && placeIn(location)?.lessonId === next) return false;
      location = next;
      pending.schedule('location', (lms) => lms.setLocation(next));
      return true;
    },
    saveQuestion(questionId, state) {
      record.saveQuestion(questionId, state);
      reportStatus();
    },
    saveScenario(scenarioId, state) {
      record.saveScenario(scenarioId, state);
      reportStatus();
    },
    markCompleted: status.markCompleted,
    readLocation: () => (location === undefined ? undefined : placeIn(location)?.lessonId),
    readPlace: () => (location === undefined ? undefined : placeIn(location)),
    readVisitedLessonIds: record.readVisitedLessonIds,
    readSeed: record.readSeed,
    readQuestionState: record.readQuestionState,
    readScenarioState: record.readScenarioState,
    readProgress: () => measure(assess()),
  };
}
