import type { CourseProgress } from '../../core/scorm/course-progress';
import { advanceRecordStatus, type RecordStatus } from '../../core/scorm/learner-record-rules';
import type { PendingChanges } from './pending-changes';

/** The course result once every counted quiz and score scenario is done (a CourseAssessment fits). */
export interface CourseResult {
  /** 0–100; undefined while counted quizzes or score scenarios are unfinished, or when nothing carries points. */
  scorePercent?: number;
  passed?: boolean;
}

/**
 * Tells the LMS how the learner stands, writing only what changed: completion, progress measure,
 * and, once the counted quizzes and score scenarios are done, score and success. What it reports
 * only moves forward (advanceRecordStatus): a stored pass or completion stays, the best score stands.
 */
export interface CourseStatusReport {
  /** What the LMS holds at start; nothing is scheduled. */
  restore(stored: RecordStatus): void;
  /** Status from elsewhere (this device's copy of a launch the LMS never confirmed): written if it goes further. */
  propose(status: RecordStatus): void;
  report(progress: CourseProgress, result: CourseResult): void;
  /** Marks the course completed now (a page's own verb); false if it already was. */
  markCompleted: () => boolean;
  readStatus: () => RecordStatus;
}

const NOTHING_YET: RecordStatus = { completion: 'unknown', success: 'unknown' };

export function createCourseStatusReport(pending: PendingChanges): CourseStatusReport {
  let current: RecordStatus = NOTHING_YET;
  let reportedMeasure: number | undefined;

  const propose = (proposed: RecordStatus) => {
    const next = advanceRecordStatus(current, proposed);
    if (next.completion !== current.completion && (next.completion === 'completed' || next.completion === 'incomplete')) {
      const completed = next.completion === 'completed';
      pending.schedule('completion', (lms) => (completed ? lms.setCompleted() : lms.setIncomplete()));
    }
    if (next.success !== current.success && next.success !== 'unknown') {
      const passed = next.success === 'passed';
      pending.schedule('success', (lms) => (passed ? lms.setPassed() : lms.setFailed()));
    }
    const { scorePercent } = next;
    if (scorePercent !== undefined && scorePercent !== current.scorePercent) {
      pending.schedule('score', (lms) => lms.setScore({ raw: scorePercent, min: 0, max: 100 }));
    }
    current = next;
  };

  return {
    restore(stored) {
      current = stored;
    },
    propose,
    report(progress, { scorePercent, passed }) {
      if (progress.measure !== reportedMeasure) {
        reportedMeasure = progress.measure;
        pending.schedule('progressMeasure', (lms) => lms.setProgressMeasure(progress.measure));
      }
      // Nothing is said about score or success while quizzes are incomplete: a half-done quiz is not a fail.
      const result = scorePercent === undefined || passed === undefined
        ? {}
        : { scorePercent, success: passed ? 'passed' as const : 'failed' as const };
      propose({ completion: progress.complete ? 'completed' : 'incomplete', success: 'unknown', ...result });
    },
    markCompleted() {
      if (current.completion === 'completed') return false;
      propose({ ...current, completion: 'completed' });
      return true;
    },
    readStatus: () => current,
  };
}
