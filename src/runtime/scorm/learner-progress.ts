import { assessCourse, type CourseAssessment } from '../../core/quiz/course-assessment';
import type { CourseAssessmentPlan } from '../../core/quiz/course-assessment-plan';
import type { QuestionState } from '../../core/quiz/question-state';
import { measureCourseProgress, type CourseProgress, type TrackedLesson } from '../../core/scorm/course-progress';
import type { CourseStateQuestion } from '../../core/scorm/course-state-question';
import { createCourseStatusReport } from './course-status-report';
import { createLearnerRecord } from './learner-record';
import type { LearnerState } from './lms-adapter';
import type { PendingChanges } from './pending-changes';

/** The course as tracking sees it: lessons, every question (for saved state), the counted quizzes. */
export interface TrackedCourse {
  lessons: readonly TrackedLesson[];
  questions?: readonly CourseStateQuestion[];
  /** Absent: no quiz counts, so lessons alone decide completion. */
  assessment?: CourseAssessmentPlan;
}

/**
 * The learner's place in the course as the tracker keeps it in memory: visited lessons, answers,
 * bookmark, and the completion, progress and result they add up to. Each change schedules the
 * LMS writes that reflect it; it returns whether anything changed.
 */
export interface LearnerProgress {
  restore(learner: LearnerState): void;
  visit(lessonId: string): boolean;
  moveTo(lessonId: string): boolean;
  saveQuestion(questionId: string, state: QuestionState): void;
  markCompleted(): boolean;
  readLocation(): string | undefined;
  readVisitedLessonIds(): ReadonlySet<string>;
  readSeed(): number;
  readQuestionState(questionId: string): QuestionState | undefined;
  readProgress(): CourseProgress;
}

const noCountedQuizzes: CourseAssessmentPlan = { passMark: 0, quizzes: [] };

export function createLearnerProgress(course: TrackedCourse, pending: PendingChanges, createSeed: () => number): LearnerProgress {
  const lessonIds = course.lessons.map((lesson) => lesson.id);
  const plan = course.assessment ?? noCountedQuizzes;
  const record = createLearnerRecord({ lessonIds, questions: course.questions ?? [] }, pending, createSeed);
  const status = createCourseStatusReport(pending);
  let location: string | undefined;

  const assess = (): CourseAssessment => assessCourse(plan, record.readSeed(), record.readQuestionState);
  const measure = (assessment: CourseAssessment) => measureCourseProgress(course.lessons, record.readVisitedLessonIds(), assessment);
  const reportStatus = () => {
    const assessment = assess();
    status.report(measure(assessment), assessment);
  };

  return {
    restore(learner) {
      location = lessonIds.includes(learner.location) ? learner.location : undefined;
      record.restore(learner.suspendData);
      status.restore(learner.completion, learner.success);
      reportStatus();
    },
    visit(lessonId) {
      if (!record.visit(lessonId)) return false;
      reportStatus();
      return true;
    },
    moveTo(lessonId) {
      if (!lessonIds.includes(lessonId) || location === lessonId) return false;
      location = lessonId;
      pending.schedule('location', (lms) => lms.setLocation(lessonId));
      return true;
    },
    saveQuestion(questionId, state) {
      record.saveQuestion(questionId, state);
      reportStatus();
    },
    markCompleted: status.markCompleted,
    readLocation: () => location,
    readVisitedLessonIds: record.readVisitedLessonIds,
    readSeed: record.readSeed,
    readQuestionState: record.readQuestionState,
    readProgress: () => measure(assess()),
  };
}
