import type { CompletionStatus, SuccessStatus } from './status';

/** `cmi.mode` / `cmi.core.lesson_mode`: review and browse launches record nothing. */
export type LmsMode = 'normal' | 'review' | 'browse';

/** The parts of a learner's record that only move forward within an attempt. */
export interface RecordStatus {
  completion: CompletionStatus;
  success: SuccessStatus;
  /** The course score as a percentage, 0–100; undefined while there is none. */
  scorePercent?: number;
}

/** A learner's record as an LMS (or this device) keeps it between launches. */
export interface StoredRecord extends RecordStatus {
  location: string;
  suspendData: string;
}

const COMPLETION_RANK: Record<CompletionStatus, number> = { unknown: 0, 'not attempted': 1, incomplete: 2, completed: 3 };
const SUCCESS_RANK: Record<SuccessStatus, number> = { unknown: 0, failed: 1, passed: 2 };

const further = <T extends string>(rank: Record<T, number>, a: T, b: T): T => (rank[b] > rank[a] ? b : a);

function bestScore(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || !Number.isFinite(a)) return b !== undefined && Number.isFinite(b) ? b : undefined;
  return b !== undefined && Number.isFinite(b) && b > a ? b : a;
}

/**
 * The record after the course proposes `proposed` over `stored`: completion and success never go
 * back (a completed course stays completed, a pass is never turned into a fail by a later retake)
 * and the best score stands. It is the join of the two, so the order in which launches, devices or
 * retries report does not change the outcome.
 */
export function advanceRecordStatus(stored: RecordStatus, proposed: RecordStatus): RecordStatus {
  const scorePercent = bestScore(stored.scorePercent, proposed.scorePercent);
  return {
    completion: further(COMPLETION_RANK, stored.completion, proposed.completion),
    success: further(SUCCESS_RANK, stored.success, proposed.success),
    ...(scorePercent === undefined ? {} : { scorePercent }),
  };
}

/** Reads `cmi.mode` or `cmi.core.lesson_mode`; "" (Open edX) and anything unknown is a normal launch. */
export function parseLmsMode(text: string): LmsMode {
  return text === 'review' || text === 'browse' ? text : 'normal';
}
