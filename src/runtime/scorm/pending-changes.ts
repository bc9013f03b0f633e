import type { InteractionRecord } from '../../core/scorm/interaction';
import type { LmsAdapter } from './lms-adapter';

export type PendingField =
  | 'location' | 'suspendData' | 'completion' | 'progressMeasure' | 'score' | 'success'
  | 'sessionTime' | 'exit';

type Write = (adapter: LmsAdapter) => boolean;

// Learner state first, then the interaction journal, then how the session ends.
const STATE_FIELDS: readonly PendingField[] = ['location', 'suspendData', 'completion', 'progressMeasure', 'score', 'success'];
const ENDING_FIELDS: readonly PendingField[] = ['sessionTime', 'exit'];

/**
 * Everything the LMS has not accepted yet. A write leaves only when the LMS says it took it, so a
 * refusing LMS loses nothing: the next flush starts again with what is still here.
 */
export interface PendingChanges {
  /** The latest value wins: a newer location replaces an unwritten older one. */
  schedule(field: PendingField, write: Write): void;
  queueInteraction(record: InteractionRecord): void;
  hasChanges(): boolean;
  /** Writes in order and stops at the first refusal. */
  flush(adapter: LmsAdapter): boolean;
}

export function createPendingChanges(): PendingChanges {
  const writes = new Map<PendingField, Write>();
  // The index is kept once chosen, so a half-written interaction is finished in place, not appended twice.
  const interactions: { record: InteractionRecord; index?: number }[] = [];

  const flushFields = (adapter: LmsAdapter, fields: readonly PendingField[]) =>
    fields.every((field) => {
      const write = writes.get(field);
      if (write === undefined) return true;
      if (!write(adapter)) return false;
      writes.delete(field);
      return true;
    });

  const flushInteractions = (adapter: LmsAdapter) => {
    for (let next = interactions[0]; next !== undefined; next = interactions[0]) {
      next.index ??= adapter.readInteractionCount();
      if (next.index === undefined || !adapter.recordInteraction(next.index, next.record)) return false;
      interactions.shift();
    }
    return true;
  };

  return {
    schedule: (field, write) => void writes.set(field, write),
    queueInteraction: (record) => void interactions.push({ record }),
    hasChanges: () => writes.size > 0 || interactions.length > 0,
    flush: (adapter) =>
      flushFields(adapter, STATE_FIELDS) && flushInteractions(adapter) && flushFields(adapter, ENDING_FIELDS),
  };
}
