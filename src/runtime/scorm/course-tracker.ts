import type { QuestionState } from '../../core/quiz/question-state';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { CourseProgress } from '../../core/scorm/course-progress';
import type { InteractionRecord } from '../../core/scorm/interaction';
import type { LessonPlace } from '../../core/scorm/lesson-place';
import type { Score } from '../../core/scorm/score';
import type { LmsMode } from '../../core/scorm/learner-record-rules';
import type { DiagnosticEntry } from './diagnostic-log';
import type { InitializeOutcome, LmsAdapter } from './lms-adapter';

/**
 * What the learner is told, always true and calm, none needing an action:
 * - `saved`: "Save and exit" ended the session and the LMS was read back holding everything;
 * - `retrying`: the LMS is not taking saves now; kept on this device, trying again;
 * - `recovered`: saving works again (read back as written);
 * - `shortened`: the LMS kept less of the saved state than was written; the rest is on this device;
 * - `not-recording`: there is no LMS session to record into (it would not start, or it ended);
 *   progress is kept on this device and handed over at the next launch from the LMS;
 * - `no-lms`: launched as a package but no LMS was found: progress stays on this device only;
 * - `set-aside`: saved progress could not be read; it was set aside, never deleted, and a fresh record started.
 */
export type TrackingStatus = 'retrying' | 'recovered' | 'saved' | 'shortened' | 'not-recording' | 'no-lms' | 'set-aside';
export type FinishReason = 'pagehide' | 'save-and-exit';

/**
 * The one tracking facade pages and quizzes talk to, in domain verbs; the SCORM version lives
 * behind its adapter. Created by createCourseTracker (tracker.ts).
 */
export interface CourseTracker {
  readonly adapter: LmsAdapter;
  /** Initializes the LMS session once; later calls return the first outcome. */
  start(): InitializeOutcome;
  /** cmi.entry as the LMS gave it at start ("resume" after a suspended session); the course does not depend on it. */
  readEntry(): string;
  /** How the LMS launched this session: review and browse record nothing, no-credit records but does not count. */
  readLaunch(): { mode: LmsMode; credit: boolean };
  /** What the LMS refused or failed to take in this session, for whoever helps the learner. */
  readDiagnostics(): readonly DiagnosticEntry[];
  /** The bookmarked lesson id, if it is a lesson of this course. */
  readLocation(): string | undefined;
  /** The bookmark in full: the lesson and the place in it (section, offset, open content note). */
  readPlace(): LessonPlace | undefined;
  readVisitedLessonIds(): ReadonlySet<string>;
  /** Lessons, counted quizzes and scenarios: what completion and `cmi.progress_measure` come from. */
  readProgress(): CourseProgress;
  /** The learner's seed for bank draws and shuffles: saved, so the same on every launch. */
  readSeed(): number;
  readQuestionState(questionId: string): QuestionState | undefined;
  /** The scenario as saved: the path is as the learner left it; the player replays it (replayPath). */
  readScenarioState(scenarioId: string): ScenarioState | undefined;
  isFinished(): boolean;
  visitLesson(lessonId: string): void;
  /**
   * Moves the bookmark: a lesson id (its top), or an encoded LessonPlace. Written with the next save;
   * a bare id of the lesson the bookmark is already in keeps the finer place.
   */
  setLocation(location: string): void;
  /**
   * Keeps the question's state (suspend_data), appends the interaction if given, and reports the
   * course's completion, progress, score and success anew. Kept in memory even once the session
   * has ended, so the page still shows the learner's answer.
   */
  saveQuestion(questionId: string, state: QuestionState, interaction?: InteractionRecord): void;
  /**
   * Keeps the scenario's state (suspend_data), appends the interactions (decisions, outcome) in
   * order, and reports completion, progress, score and success anew, as saveQuestion does.
   */
  saveScenario(scenarioId: string, state: ScenarioState, interactions: readonly InteractionRecord[]): void;
  /** Writes what is pending and commits now, whatever the throttle; false means a retry is scheduled. */
  saveState(): boolean;
  setCompleted(): void;
  setScore(score: Score): void;
  setPassed(): void;
  setFailed(): void;
  recordInteraction(record: InteractionRecord): void;
  /**
   * Ends the session once: session time, exit "suspend", commit, terminate. Whatever happens
   * after it (a page back from the back-forward cache) is kept on this device for the next launch.
   */
  finish(reason: FinishReason): void;
}
