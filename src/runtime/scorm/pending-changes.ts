import type { InteractionRecord } from '../../core/scorm/interaction';
import type { LmsAdapter } from './lms-adapter';
import type { WriteOutcome } from './lms-value-access';

export type PendingField =
  | 'location' | 'suspendData' | 'completion' | 'progressMeasure' | 'score' | 'success'
  | 'sessionTime' | 'exit';

type Write = (adapter: LmsAdapter) => WriteOutcome;

/** `done`: nothing left to write; `retry`: some writes wait for the LMS; `closed`: there is no session. */
export type FlushOutcome = 'done' | 'retry' | 'closed';

// Learner state first, then the interaction journal, then how the session ends.
const STATE_FIELDS: readonly PendingField[] = ['location', 'suspendData', 'completion', 'progressMeasure', 'score', 'success'];
const ENDING_FIELDS: readonly PendingField[] = ['sessionTime', 'exit'];

/**
 * Everything the LMS has not taken yet. Each field is written on its own, so one the LMS cannot
 * take now never holds back another (exit, session time, location, saved state); a value the LMS
 * refuses for good is dropped by the adapter and counts as written. Interactions keep their order:
 * the journal waits at the first one that must be retried, and the rest still goes out.
 */
export interface PendingChanges {
  /** The latest value wins: a newer location replaces an unwritten older one. */
  schedule(field: PendingField, write: Write): void;
  queueInteraction(record: InteractionRecord): void;
  hasChanges(): boolean;
  flush(adapter: LmsAdapter): FlushOutcome;
  /** A commit succeeded: what was written is now the LMS's. */
  markCommitted(): void;
  /** Interactions not yet committed to the LMS (written or not), oldest first: what the device keeps. */
  readUndelivered(): InteractionRecord[];
}

export function createPendingChanges(): PendingChanges {
  const writes = new Map<PendingField, Write>();
  // The index is kept once chosen, so a half-written interaction is finished in place, not appended twice.
  const interactions: { record: InteractionRecord; index?: number }[] = [];
  let uncommitted: InteractionRecord[] = [];

  const flushFields = (adapter: LmsAdapter, fields: readonly PendingField[]): FlushOutcome => {
    let outcome: FlushOutcome = 'done';
    for (const field of fields) {
      const write = writes.get(field);
      if (write === undefined) continue;
      const written = write(adapter);
      if (written === 'closed') return 'closed';
      if (written === 'written') writes.delete(field);
      else outcome = 'retry';
    }
    return outcome;
  };

  const flushInteractions = (adapter: LmsAdapter): FlushOutcome => {
    for (let next = interactions[0]; next !== undefined; next = interactions[0]) {
      next.index ??= adapter.readInteractionCount();
      const written = next.index === undefined ? 'retry' : adapter.recordInteraction(next.index, next.record);
      if (written === 'closed') return 'closed';
      if (written === 'retry') return 'retry';
      uncommitted.push(next.record);
      interactions.shift();
    }
    return 'done';
  };

  return {
    schedule: (field, write) => void writes.set(field, write),
    queueInteraction: (record) => void interactions.push({ record }),
    hasChanges: () => writes.size > 0 || interactions.length > 0,
    flush(adapter) {
      const outcomes = [flushFields(adapter, STATE_FIELDS)];
      if (outcomes[0] !== 'closed') outcomes.push(flushInteractions(adapter));
      if (!outcomes.includes('closed')) outcomes.push(flushFields(adapter, ENDING_FIELDS));
      if (outcomes.includes('closed')) return 'closed';
      return outcomes.includes('retry') ? 'retry' : 'done';
    },
    markCommitted: () => {
      uncommitted = [];
    },
    readUndelivered: () => [...uncommitted, ...interactions.map(({ record }) => record)],
  };
}
