import type { InteractionRecord } from '../../core/scorm/interaction';
import type { StoredRecord } from '../../core/scorm/learner-record-rules';
import { parseCompletionStatus, parseSuccessStatus } from '../../core/scorm/status';
import { readInteractionRecord } from './interaction-json';

/** The learner's record as this device keeps it, with the learner the LMS named. */
export interface DeviceRecord extends StoredRecord {
  /** cmi.learner_id / cmi.core.student_id of the launch; "" when the LMS named nobody. */
  learnerId: string;
}

/** What the LMS has not confirmed yet: the record and the interactions it has not committed. */
export interface HeldRecord extends DeviceRecord {
  interactions: InteractionRecord[];
}

/**
 * This device's copy of a learner's record inside an LMS, so that nothing is lost when the LMS
 * fails. Two places:
 * - the tab's snapshot (sessionStorage): the latest record, for a reload whose LMS session has
 *   already been terminated, so the course comes back where the learner was;
 * - the held record (localStorage, per course and learner): everything the LMS has not confirmed
 *   (a commit that failed or was read back shortened, a session the LMS would not open). It is
 *   merged into the LMS's record at the next launch that works, then dropped.
 */
export interface DeviceCopy {
  readSnapshot(): DeviceRecord | undefined;
  /** Held records for `learnerId`, and any kept when the LMS named nobody (a session it never opened). */
  readHeld(learnerId: string): HeldRecord[];
  /** The latest record: the snapshot always; held until `confirmed`, then dropped with the anonymous one. */
  keep(record: DeviceRecord, undelivered: readonly InteractionRecord[], confirmed: boolean): void;
  /** Keeps saved text the course could not read (damaged, or from a newer course) under its own key, never deleted. */
  setAside(text: string, learnerId: string): void;
}

type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const snapshotStorageKey = (courseId: string) => `peerpath:launch:${courseId}`;
export const heldStorageKey = (courseId: string, learnerId: string) => `peerpath:held:${courseId}:${encodeURIComponent(learnerId)}`;
export const setAsideStorageKey = (courseId: string, learnerId: string, at: number) =>
  `peerpath:set-aside:${courseId}:${encodeURIComponent(learnerId)}:${at}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readDeviceRecord(value: unknown): DeviceRecord | undefined {
  if (!isRecord(value)) return undefined;
  const { learnerId, location, suspendData, completion, success, scorePercent } = value;
  if (typeof learnerId !== 'string' || typeof location !== 'string' || typeof suspendData !== 'string') return undefined;
  return {
    learnerId,
    location,
    suspendData,
    completion: parseCompletionStatus(String(completion)),
    success: parseSuccessStatus(String(success)),
    ...(typeof scorePercent === 'number' && Number.isFinite(scorePercent) ? { scorePercent } : {}),
  };
}

function readJson(storage: DeviceStorage | undefined, key: string): unknown {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function attempt(work: () => void): void {
  try {
    work();
  } catch {
    // Full or blocked storage (a sandboxed frame, private browsing): the record stays in the page.
  }
}

export function createDeviceCopy(courseId: string, stores: { session?: DeviceStorage; local?: DeviceStorage }, now = Date.now): DeviceCopy {
  const readHeldAt = (learnerId: string): HeldRecord | undefined => {
    const value = readJson(stores.local, heldStorageKey(courseId, learnerId));
    const record = readDeviceRecord(value);
    if (!record || !isRecord(value) || record.learnerId !== learnerId) return undefined;
    const interactions = Array.isArray(value.interactions) ? value.interactions.flatMap((item) => readInteractionRecord(item) ?? []) : [];
    return { ...record, interactions };
  };
  return {
    readSnapshot: () => readDeviceRecord(readJson(stores.session, snapshotStorageKey(courseId))),
    readHeld: (learnerId) => [...new Set(['', learnerId])].flatMap((id) => readHeldAt(id) ?? []),
    keep(record, undelivered, confirmed) {
      attempt(() => stores.session?.setItem(snapshotStorageKey(courseId), JSON.stringify(record)));
      if (!confirmed) {
        attempt(() => stores.local?.setItem(heldStorageKey(courseId, record.learnerId), JSON.stringify({ ...record, interactions: undelivered })));
        return;
      }
      for (const learnerId of new Set(['', record.learnerId])) attempt(() => stores.local?.removeItem(heldStorageKey(courseId, learnerId)));
    },
    setAside: (text, learnerId) => attempt(() => stores.local?.setItem(setAsideStorageKey(courseId, learnerId, now()), text)),
  };
}
