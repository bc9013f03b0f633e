import type { Scorm2004API } from 'scorm-again';
import type { Scorm2004Api } from './lms-api';

/** The slice of Web Storage the local LMS needs (localStorage in the browser). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

type SavedCmi = { cmi?: Record<string, unknown> };

export const localLmsStorageKey = (courseId: string) => `peerpath:lms:${courseId}`;

function readSavedCmi(storage: ProgressStorage | undefined, key: string): SavedCmi | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    return typeof parsed === 'object' && parsed !== null && 'cmi' in parsed ? (parsed as SavedCmi) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the last session saved, prepared as the start of a new one: the LMS decides entry from how
 * the last session ended, and exit and session_time belong to the session that wrote them.
 */
function toResumeCmi(saved: SavedCmi): SavedCmi {
  const { entry: _entry, exit, session_time: _sessionTime, ...rest } = saved.cmi ?? {};
  return { cmi: { ...rest, entry: exit === 'suspend' ? 'resume' : 'ab-initio' } };
}

/**
 * A SCORM 2004 LMS inside the page for when no real LMS is around (the plain website, or a
 * package opened on its own), so the same tracker runs everywhere. Its data lives in
 * localStorage on this device only. scorm-again is imported here, lazily, so a launch inside a
 * real LMS never downloads it; the instance is never put on window, where an LMS's own API belongs.
 */
export async function createLocalLms(courseId: string, storage: ProgressStorage | undefined): Promise<Scorm2004Api> {
  // The package's "./scorm2004" types declare a default export, but its ESM build exports the
  // class by name; read it by name and type it from the main entry.
  const loaded = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: typeof Scorm2004API };
  const lms = new loaded.Scorm2004API({
    lmsCommitUrl: false,
    autocommit: false,
    // E2E runs fail on console errors, and a learner's console is no place for LMS chatter.
    logLevel: 'NONE',
    onLogMessage: () => {},
  });
  const key = localLmsStorageKey(courseId);
  const saved = readSavedCmi(storage, key);
  if (saved) lms.loadFromJSON(toResumeCmi(saved));

  const persist = () => {
    try {
      // total_time included, so time spent adds up across sessions.
      storage?.setItem(key, JSON.stringify(lms.renderCommitCMI(false, true)));
    } catch {
      // Storage full or blocked (private browsing): the session still runs, it just is not kept.
    }
  };
  lms.on('Commit', persist);
  lms.on('Terminate', persist);
  return lms;
}
