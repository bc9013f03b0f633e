import { measureCourseProgress, type CourseProgress, type TrackedLesson } from '../../core/scorm/course-progress';
import { decodeProgressState, encodeProgressState } from '../../core/scorm/progress-state-codec';
import type { CompletionStatus } from '../../core/scorm/status';
import type { LearnerState } from './lms-adapter';
import type { PendingChanges } from './pending-changes';

/**
 * The learner's place in the course as the tracker keeps it in memory: visited lessons, bookmark
 * and completion. Each change schedules the LMS write that reflects it; it returns whether
 * anything changed.
 */
export interface LearnerProgress {
  restore(learner: LearnerState): void;
  visit(lessonId: string): boolean;
  moveTo(lessonId: string): boolean;
  markCompleted(): boolean;
  readLocation(): string | undefined;
  readVisitedLessonIds(): ReadonlySet<string>;
  readProgress(): CourseProgress;
}

export function createLearnerProgress(lessons: readonly TrackedLesson[], pending: PendingChanges): LearnerProgress {
  const lessonIds = lessons.map((lesson) => lesson.id);
  let visited = new Set<string>();
  let location: string | undefined;
  let completion: CompletionStatus = 'unknown';
  let reportedMeasure: number | undefined;
  const readProgress = () => measureCourseProgress(lessons, visited);

  const markCompleted = () => {
    if (completion === 'completed') return false;
    completion = 'completed';
    pending.schedule('completion', (lms) => lms.setCompleted());
    return true;
  };

  // Completion only moves forward: a learner who completed stays completed, even if a
  // republished course added a required lesson.
  const updateCompletion = () => {
    const progress = readProgress();
    if (progress.measure !== reportedMeasure) {
      reportedMeasure = progress.measure;
      pending.schedule('progressMeasure', (lms) => lms.setProgressMeasure(progress.measure));
    }
    if (completion === 'completed') return;
    if (progress.complete) {
      markCompleted();
    } else if (completion !== 'incomplete') {
      completion = 'incomplete';
      pending.schedule('completion', (lms) => lms.setIncomplete());
    }
  };

  return {
    restore(learner) {
      location = lessonIds.includes(learner.location) ? learner.location : undefined;
      visited = new Set(decodeProgressState(learner.suspendData, lessonIds).visitedLessonIds);
      completion = learner.completion;
      updateCompletion();
    },
    visit(lessonId) {
      if (!lessonIds.includes(lessonId) || visited.has(lessonId)) return false;
      visited = new Set([...visited, lessonId]);
      const visitedLessonIds = lessonIds.filter((id) => visited.has(id));
      pending.schedule('suspendData', (lms) => lms.setSuspendData(encodeProgressState({ visitedLessonIds })));
      updateCompletion();
      return true;
    },
    moveTo(lessonId) {
      if (!lessonIds.includes(lessonId) || location === lessonId) return false;
      location = lessonId;
      pending.schedule('location', (lms) => lms.setLocation(lessonId));
      return true;
    },
    markCompleted,
    readLocation: () => location,
    readVisitedLessonIds: () => visited,
    readProgress,
  };
}
