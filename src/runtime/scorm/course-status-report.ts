import type { CourseProgress } from '../../core/scorm/course-progress';
import type { CompletionStatus, SuccessStatus } from '../../core/scorm/status';
import type { PendingChanges } from './pending-changes';

/** The course result once every counted quiz and score scenario is done (a CourseAssessment fits). */
export interface CourseResult {
  /** 0–100; undefined while counted quizzes or score scenarios are unfinished, or when nothing carries points. */
  scorePercent?: number;
  passed?: boolean;
}

/**
 * Tells the LMS how the learner stands, writing only what changed: completion, progress measure,
 * and, once the counted quizzes and score scenarios are done, score and success.
 */
export interface CourseStatusReport {
  /** What the LMS holds at start; nothing is scheduled. */
  restore(completion: CompletionStatus, success: SuccessStatus): void;
  report(progress: CourseProgress, result: CourseResult): void;
  /** Marks the course completed now (a page's own verb); false if it already was. */
  markCompleted: () => boolean;
}

export function createCourseStatusReport(pending: PendingChanges): CourseStatusReport {
  let completion: CompletionStatus = 'unknown';
  let success: SuccessStatus = 'unknown';
  let reportedMeasure: number | undefined;
  let reportedScore: number | undefined;

  const markCompleted = () => {
    if (completion === 'completed') return false;
    completion = 'completed';
    pending.schedule('completion', (lms) => lms.setCompleted());
    return true;
  };

  // Completion only moves forward: a learner who completed stays completed, even if a
  // republished course added a required lesson or a counted quiz.
  const reportCompletion = (complete: boolean) => {
    if (completion === 'completed') return;
    if (complete) {
      markCompleted();
    } else if (completion !== 'incomplete') {
      completion = 'incomplete';
      pending.schedule('completion', (lms) => lms.setIncomplete());
    }
  };

  // Nothing is said about score or success while quizzes are incomplete: a half-done quiz is not a fail.
  const reportResult = ({ scorePercent, passed }: CourseResult) => {
    if (scorePercent === undefined || passed === undefined) return;
    if (scorePercent !== reportedScore) {
      reportedScore = scorePercent;
      pending.schedule('score', (lms) => lms.setScore({ raw: scorePercent, min: 0, max: 100 }));
    }
    const outcome: SuccessStatus = passed ? 'passed' : 'failed';
    if (outcome !== success) {
      success = outcome;
      pending.schedule('success', (lms) => (outcome === 'passed' ? lms.setPassed() : lms.setFailed()));
    }
  };

  return {
    restore(savedCompletion, savedSuccess) {
      completion = savedCompletion;
      success = savedSuccess;
    },
    report(progress, result) {
      if (progress.measure !== reportedMeasure) {
        reportedMeasure = progress.measure;
        pending.schedule('progressMeasure', (lms) => lms.setProgressMeasure(progress.measure));
      }
      reportCompletion(progress.complete);
      reportResult(result);
    },
    markCompleted,
  };
}
