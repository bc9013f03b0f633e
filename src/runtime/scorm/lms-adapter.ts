import type { InteractionRecord } from '../../core/scorm/interaction';
import type { LmsAnswer } from '../../core/scorm/lms-answer';
import type { LmsMode, StoredRecord } from '../../core/scorm/learner-record-rules';
import type { Score } from '../../core/scorm/score';
import type { ScormVersion } from '../../core/scorm/scorm-version';
import type { DiagnosticLog } from './diagnostic-log';
import type { WriteOutcome } from './lms-value-access';

/** What the LMS remembers about the learner when the course starts, and how it launched them. */
export interface LearnerState extends StoredRecord {
  /** cmi.entry as given: "resume", "ab-initio", "" or missing alike; the course reads what is stored whatever it says. */
  entry: string;
  /** `review` and `browse` record nothing; "" and unknown words are `normal`. */
  mode: LmsMode;
  /** False for `no-credit`: the attempt is recorded but does not count. */
  credit: boolean;
  /** cmi.learner_id / cmi.core.student_id; "" when the LMS gives none. */
  learnerId: string;
}

/**
 * - `initialized`: this launch's one Initialize succeeded.
 * - `already-live`: a 2004 LMS said 103 "Already Initialized" (an earlier page of this launch
 *   initialized it and never terminated), so the course carries on in that session.
 * - `refused`: the session is over (terminated) or the LMS will not talk to us.
 */
export type InitializeOutcome = 'initialized' | 'already-live' | 'refused';

/** How the session ends: `suspend` keeps location and suspend_data for the next launch. */
export type ExitMode = 'suspend' | 'normal' | 'time-out';

/**
 * One SCORM version's way of saying the tracker's verbs. A write says whether it is done (a value
 * the LMS refuses for good is logged and dropped, and counts as done), must be retried, or found
 * no session; calls say what the LMS answered.
 */
export interface LmsAdapter {
  readonly version: ScormVersion;
  /** Where what the LMS refused or failed to take is noted. */
  readonly diagnostics: DiagnosticLog;
  initialize(): InitializeOutcome;
  /** Reads everything stored, whatever `entry` says: some LMSs say "ab-initio" or "" over a stored attempt. */
  readLearnerState(): LearnerState;
  /** The bookmark and saved state as the LMS holds them now, to check a commit against. */
  readBack(): { location: string; suspendData: string };
  setLocation(location: string): WriteOutcome;
  setSuspendData(data: string): WriteOutcome;
  setCompleted(): WriteOutcome;
  setIncomplete(): WriteOutcome;
  /** 2004 only; 1.2 has no such element and reports success without a call. */
  setProgressMeasure(measure: number): WriteOutcome;
  setScore(score: Score): WriteOutcome;
  setPassed(): WriteOutcome;
  setFailed(): WriteOutcome;
  /** How many interactions the LMS holds: the index the next one is appended at. */
  readInteractionCount(): number | undefined;
  /** Writes one interaction at `index`; a journal, so callers append at readInteractionCount(). */
  recordInteraction(index: number, record: InteractionRecord): WriteOutcome;
  setSessionTime(milliseconds: number): WriteOutcome;
  setExit(exit: ExitMode): WriteOutcome;
  /**
   * Asks the LMS to suspend the attempt and take the learner out once the session terminates
   * (2004 `adl.nav.request` = `suspendAll`). 1.2 has no navigation requests: success without a call.
   */
  requestSuspendAll(): WriteOutcome;
  commit(): LmsAnswer;
  terminate(): LmsAnswer;
}
