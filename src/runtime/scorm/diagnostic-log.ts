/** One thing the LMS did that a developer or LMS admin may want to know about; never shown to learners. */
export interface DiagnosticEntry {
  /** Milliseconds since the epoch. */
  at: number;
  /** `refused`: the LMS refused a value for good (dropped); the others say what went wrong with a call. */
  kind: 'refused' | 'unreachable' | 'closed' | 'shortened' | 'local-record-set-aside';
  /** The CMI element or API call, e.g. `cmi.interactions.3.learner_response` or `Commit`. */
  what: string;
  /** The value sent, cut to 200 characters; empty for calls. */
  value: string;
  /** The LMS's error code, when it gave one. */
  code: string;
}

export interface DiagnosticLog {
  add(entry: Omit<DiagnosticEntry, 'at'>): void;
  read: () => readonly DiagnosticEntry[];
}

const MAX_ENTRIES = 100;
const MAX_VALUE_LENGTH = 200;
export const diagnosticStorageKey = (courseId: string) => `peerpath:diagnostics:${courseId}`;

/**
 * Keeps the last hundred entries in memory and, for this tab, in sessionStorage under
 * `peerpath:diagnostics:<course id>`, where someone helping a learner can read them in the
 * browser's developer tools. Nothing is printed to the console and nothing leaves the device.
 */
export function createDiagnosticLog(options: {
  storage?: Pick<Storage, 'setItem'>;
  courseId?: string;
  now?: () => number;
} = {}): DiagnosticLog {
  const entries: DiagnosticEntry[] = [];
  const now = options.now ?? Date.now;
  return {
    add(entry) {
      entries.push({ ...entry, value: entry.value.slice(0, MAX_VALUE_LENGTH), at: now() });
      entries.splice(0, Math.max(0, entries.length - MAX_ENTRIES));
      if (options.courseId === undefined) return;
      try {
        options.storage?.setItem(diagnosticStorageKey(options.courseId), JSON.stringify(entries));
      } catch {
        // Full or blocked storage: the entries stay in memory.
      }
    },
    read: () => entries,
  };
}
