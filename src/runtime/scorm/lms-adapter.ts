import type { InteractionRecord } from '../../core/scorm/interaction';
import type { Score } from '../../core/scorm/score';
import type { ScormVersion } from '../../core/scorm/scorm-version';
import type { CompletionStatus, SuccessStatus } from '../../core/scorm/status';

/** What the LMS remembers about the learner when the course starts. */
export interface LearnerState {
  /** "resume" when the last session ended suspended, "ab-initio" for a first attempt. */
  entry: string;
  location: string;
  suspendData: string;
  completion: CompletionStatus;
  success: SuccessStatus;
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
 * One SCORM version's way of saying the tracker's verbs. Every write returns whether the LMS
 * accepted it (result "true" and GetLastError "0"), so the caller can keep and retry what failed.
 */
export interface LmsAdapter {
  readonly version: ScormVersion;
  initialize(): InitializeOutcome;
  readLearnerState(): LearnerState;
  setLocation(location: string): boolean;
  setSuspendData(data: string): boolean;
  setCompleted(): boolean;
  setIncomplete(): boolean;
  /** 2004 only; 1.2 has no such element and reports success without a call. */
  setProgressMeasure(measure: number): boolean;
  setScore(score: Score): boolean;
  setPassed(): boolean;
  setFailed(): boolean;
  /** How many interactions the LMS holds: the index the next one is appended at. */
  readInteractionCount(): number | undefined;
  /** Writes one interaction at `index`; a journal, so callers append at readInteractionCount(). */
  recordInteraction(index: number, record: InteractionRecord): boolean;
  setSessionTime(milliseconds: number): boolean;
  setExit(exit: ExitMode): boolean;
  commit(): boolean;
  terminate(): boolean;
}
