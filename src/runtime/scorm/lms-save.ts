import type { StoredRecord } from '../../core/scorm/learner-record-rules';
import type { DiagnosticLog } from './diagnostic-log';
import type { LmsAdapter } from './lms-adapter';
import type { PendingChanges } from './pending-changes';

export interface LmsSave {
  /**
   * Writes what is pending, commits, and reads back what the LMS now holds. True when there is
   * nothing to try again: saved and confirmed, read back shortened (trying again changes
   * nothing), or no session left. False when a write or the commit must be retried.
   */
  save(): boolean;
  /** The last save was committed and read back exactly as written: only then is "saved" true. */
  isConfirmed(): boolean;
}

export function createLmsSave(options: {
  adapter: LmsAdapter;
  pending: PendingChanges;
  /** What the LMS should hold once everything pending is written. */
  readRecord: () => StoredRecord;
  /** Keeps the record on this device; `confirmed` lets go of what was kept for the LMS. */
  keepOnDevice: (confirmed: boolean) => void;
  onClosed: () => void;
  /** Once per session, the first time the LMS is found holding less than was written. */
  onShortened: () => void;
  diagnostics: DiagnosticLog;
}): LmsSave {
  const { adapter, pending, keepOnDevice } = options;
  let confirmed = false;
  let toldShortened = false;

  // Some LMSs cut suspend_data to their own limit, or rewrite it, without an error.
  const readBackMatches = () => {
    const expected = options.readRecord();
    const held = adapter.readBack();
    const matches = held.suspendData === expected.suspendData && (expected.location === '' || held.location === expected.location);
    if (!matches) options.diagnostics.add({ kind: 'shortened', what: 'cmi.suspend_data', value: held.suspendData, code: `${held.suspendData.length} of ${expected.suspendData.length}` });
    return matches;
  };

  return {
    save() {
      confirmed = false;
      const flushed = pending.flush(adapter);
      const committed = flushed === 'closed' ? 'closed' : adapter.commit();
      if (committed === 'closed') {
        options.onClosed();
        return true;
      }
      if (committed !== 'accepted') {
        keepOnDevice(false);
        return false;
      }
      pending.markCommitted();
      if (flushed === 'retry') {
        keepOnDevice(false);
        return false;
      }
      if (!readBackMatches()) {
        keepOnDevice(false);
        if (!toldShortened) options.onShortened();
        toldShortened = true;
        return true;
      }
      confirmed = true;
      keepOnDevice(true);
      return true;
    },
    isConfirmed: () => confirmed,
  };
}
