import type { Scorm12API } from 'scorm-again';
import type { Scorm12Api } from './lms-api';
import { readLocalRecord, type LocalRecord } from './local-record';

/** The slice of Web Storage the local LMS needs (localStorage in the browser). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const localLmsStorageKey = (courseId: string) => `peerpath:lms:${courseId}`;
/** Where a record the local LMS could not wholly read is kept, as it was: never deleted. */
export const localLmsSetAsideKey = (courseId: string, at: number) => `peerpath:lms:${courseId}:set-aside:${at}`;

/**
 * What the last session saved, prepared as the start of a new one, as a 1.2 LMS would: entry is
 * "ab-initio" the first time, "resume" after a suspended exit and "" otherwise; exit and
 * session_time belong to the session that wrote them (kept, session_time would be counted again).
 * total_time stays: it already includes the last session, and scorm-again adds this one to it.
 */
function toResumeCmi(saved: LocalRecord | undefined): { cmi: Record<string, unknown> } {
  if (!saved) return { cmi: { core: { entry: 'ab-initio' } } };
  const { exit, ...core } = saved.cmi.core;
  return { cmi: { ...saved.cmi, core: { ...core, entry: exit === 'suspend' ? 'resume' : '' } } };
}

function readStored(storage: ProgressStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null; // blocked storage: start fresh, in memory
  }
}

/**
 * A SCORM 1.2 LMS inside the page for when no real LMS is around (the plain website, or a
 * package opened on its own), so the same tracker runs everywhere. Its data lives in
 * localStorage on this device only. 1.2, not 2004: its scorm-again build is a quarter of the
 * size. scorm-again is imported here, lazily, so a launch inside a real LMS never downloads it; the
 * instance is never put on window, where an LMS's own API belongs.
 *
 * A stored record that is not wholly readable (damaged, edited, from another program) never
 * stops saving: the good values are kept, the original text is set aside under
 * localLmsSetAsideKey, and `onSetAside` is called so the learner can be told, once.
 */
export async function createLocalLms(
  courseId: string,
  storage: ProgressStorage | undefined,
  options: { onSetAside?: () => void; now?: () => number } = {},
): Promise<Scorm12Api> {
  // The package's "./scorm12/min" types declare a default export, but its ESM build exports the
  // class by name; read it by name and type it from the main entry.
  const loaded = (await import('scorm-again/scorm12/min')) as unknown as { Scorm12API: typeof Scorm12API };
  const create = () => new loaded.Scorm12API({
    lmsCommitUrl: false,
    autocommit: false,
    // E2E runs fail on console errors, and a learner's console is no place for LMS chatter.
    logLevel: 'NONE',
    onLogMessage: () => {},
  });
  const key = localLmsStorageKey(courseId);
  const stored = readStored(storage, key);
  const { record, damaged } = readLocalRecord(stored);
  let lms = create();
  let setAside = damaged;
  try {
    lms.loadFromJSON(toResumeCmi(record));
  } catch {
    // Values this check let through but scorm-again would not take: start fresh, set the text aside.
    lms = create();
    lms.loadFromJSON(toResumeCmi(undefined));
    setAside = true;
  }
  if (setAside && stored !== null) {
    try {
      storage?.setItem(localLmsSetAsideKey(courseId, (options.now ?? Date.now)()), stored);
    } catch {
      // Full storage: the original stays under its own key until the first save replaces it.
    }
    options.onSetAside?.();
  }

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
