import type { CourseProgress } from '../../core/scorm/course-progress';
import type { InteractionRecord } from '../../core/scorm/interaction';
import type { Score } from '../../core/scorm/score';
import type { InitializeOutcome, LmsAdapter } from './lms-adapter';

/** What the learner is told: all calm, none needs an action. */
export type TrackingStatus = 'retrying' | 'recovered' | 'saved' | 'ended';
export type FinishReason = 'pagehide' | 'save-and-exit';

/**
 * The one tracking facade pages and quizzes talk to, in domain verbs; the SCORM version lives
 * behind its adapter. Created by createCourseTracker (tracker.ts).
 */
export interface CourseTracker {
  readonly adapter: LmsAdapter;
  /** Initializes the LMS session once; later calls return the first outcome. */
  start(): InitializeOutcome;
  /** cmi.entry as the LMS gave it at start ("resume" after a suspended session). */
  readEntry(): string;
  /** The bookmarked lesson id, if it is a lesson of this course. */
  readLocation(): string | undefined;
  readVisitedLessonIds(): ReadonlySet<string>;
  readProgress(): CourseProgress;
  isFinished(): boolean;
  visitLesson(lessonId: string): void;
  setLocation(lessonId: string): void;
  /** Writes what is pending and commits; false means a retry is scheduled. */
  saveState(): boolean;
  setCompleted(): void;
  setScore(score: Score): void;
  setPassed(): void;
  setFailed(): void;
  recordInteraction(record: InteractionRecord): void;
  /** Ends the session once: session time, exit "suspend", commit, terminate. */
  finish(reason: FinishReason): void;
}
