import type { Scorm12API } from 'scorm-again';
import type { Scorm12Api } from './lms-api';

/** The slice of Web Storage the local LMS needs (localStorage in the browser). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

type CmiFields = Record<string, unknown>;

/** scorm-again's SCORM 1.2 commit JSON: `{ cmi: { suspend_data, core: { lesson_location, total_time, … }, … } }`. */
type SavedCmi12 = { cmi: CmiFields & { core: CmiFields } };

export const localLmsStorageKey = (courseId: string) => `peerpath:lms:${courseId}`;

const isFields = (value: unknown): value is CmiFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The last session's record, if this version wrote it. Earlier versions kept SCORM 2004 data
 * under the same key (no `cmi.core`); such a record, like an unreadable one, is left alone and
 * the learner starts fresh rather than half-restored.
 */
function readSavedCmi(storage: ProgressStorage | undefined, key: string): SavedCmi12 | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (isFields(parsed) && isFields(parsed.cmi) && isFields(parsed.cmi.core)) return parsed as SavedCmi12;
  } catch {
    // Unreadable or blocked storage: start fresh.
  }
  return undefined;
}

/**
 * What the last session saved, prepared as the start of a new one, as a 1.2 LMS would: entry is
 * "ab-initio" the first time, "resume" after a suspended exit and "" otherwise; exit and
 * session_time belong to the session that wrote them (kept, session_time would be counted again).
 * total_time stays: it already includes the last session, and scorm-again adds this one to it.
 */
function toResumeCmi(saved: SavedCmi12 | undefined): { cmi: CmiFields } {
  if (!saved) return { cmi: { core: { entry: 'ab-initio' } } };
  const { entry: _entry, exit, session_time: _sessionTime, ...core } = saved.cmi.core;
  return { cmi: { ...saved.cmi, core: { ...core, entry: exit === 'suspend' ? 'resume' : '' } } };
}

/**
 * A SCORM 1.2 LMS inside the page for when no real LMS is around (the plain website, or a
 * package opened on its own), so the same tracker runs everywhere. Its data lives in
 * localStorage on this device only. 1.2, not 2004: its scorm-again build is a quarter of the
 * size. scorm-again is imported here, lazily, so a launch inside a real LMS never downloads it; the
 * instance is never put on window, where an LMS's own API belongs.
 */
export async function createLocalLms(courseId: string, storage: ProgressStorage | undefined): Promise<Scorm12Api> {
  // The package's "./scorm12/min" types declare a default export, but its ESM build exports the
  // class by name; read it by name and type it from the main entry.
  const loaded = (await import('scorm-again/scorm12/min')) as unknown as { Scorm12API: typeof Scorm12API };
  const lms = new loaded.Scorm12API({
    lmsCommitUrl: false,
    autocommit: false,
    // E2E runs fail on console errors, and a learner's console is no place for LMS chatter.
    logLevel: 'NONE',
    onLogMessage: () => {},
  });
  const key = localLmsStorageKey(courseId);
  lms.loadFromJSON(toResumeCmi(readSavedCmi(storage, key)));

  const persist = () => {
    try {
      // total_time included (last sessions' plus this one's session_time), so time adds up.
      storage?.setItem(key, JSON.stringify(lms.renderCommitCMI(false, true)));
    } catch {
      // Storage full or blocked (private browsing): the session still runs, it just is not kept.
    }
  };
  lms.on('LMSCommit', persist);
  lms.on('LMSFinish', persist);
  return lms;
}
