/**
 * Private reflections ("Pause and reflect") kept in this browser only. Nothing here is ever handed
 * to the course tracker: not to suspend_data, not to interactions, not to comments (see
 * shared/design/trauma-informed.md, requirement 8). The learner can export them as text or delete
 * them all.
 */

/** One key for every course and scenario, so "Delete my reflections" clears them all at once. */
export const reflectionStorageKey = 'peerpath:reflections';

/**
 * The id a reflection is kept under: course first, so one course's reflections can be counted,
 * exported or deleted on their own (the course's "What is recorded" page does that).
 */
export function reflectionIdFor(courseId: string, scenarioId: string, sceneId: string): string {
  return `${courseId}:${scenarioId}:${sceneId}`;
}

const isOfCourse = (id: string, courseId: string | undefined) => courseId === undefined || id.startsWith(`${courseId}:`);

/** The slice of Web Storage the store needs (localStorage in the browser). */
export type ReflectionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a reflection was written, so an export still makes sense on its own. */
export interface ReflectionContext {
  /** The prompt the learner answered. */
  prompt: string;
  /** Where it was asked, e.g. the scenario title and the scene. */
  place: string;
}

interface StoredReflection extends ReflectionContext {
  text: string;
  /** ISO date and time of the last change. */
  updated: string;
}

export interface ReflectionStore {
  /** The text saved under this id, or '' when there is none. */
  read(id: string): string;
  /** Saves the text; empty (or only spaces) text removes the reflection. Returns false when storage is blocked or full. */
  save(id: string, text: string, context: ReflectionContext): boolean;
  /** How many reflections are kept on this device; with a course id, only that course's. */
  count(courseId?: string): number;
  /** Removes every reflection on this device (with a course id, only that course's). Returns false when storage is blocked. */
  deleteAll(courseId?: string): boolean;
  /** Every reflection (with a course id, that course's) as plain text, oldest change first, for the learner to keep elsewhere. */
  exportAsText(heading: string, courseId?: string): string;
}

const isStored = (value: unknown): value is StoredReflection =>
  typeof value === 'object' && value !== null &&
  ['text', 'prompt', 'place', 'updated'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** A store over the given storage; without storage (blocked, sandboxed frame) it keeps nothing and says so. */
export function createReflectionStore(storage: ReflectionStorage | undefined, now: () => Date = () => new Date()): ReflectionStore {
  const readAll = (): Record<string, StoredReflection> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(reflectionStorageKey) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, StoredReflection] => isStored(entry[1])));
    } catch {
      return {};
    }
  };
  const writeAll = (all: Record<string, StoredReflection>): boolean => {
    if (!storage) return false;
    try {
      if (Object.keys(all).length === 0) storage.removeItem(reflectionStorageKey);
      else storage.setItem(reflectionStorageKey, JSON.stringify(all));
      return true;
    } catch {
      return false;
    }
  };
  return {
    read: (id) => readAll()[id]?.text ?? '',
    save(id, text, context) {
      const all = readAll();
      if (text.trim() === '') delete all[id];
      else all[id] = { ...context, text, updated: now().toISOString() };
      return writeAll(all);
    },
    count: (courseId) => Object.keys(readAll()).filter((id) => isOfCourse(id, courseId)).length,
    deleteAll: (courseId) => writeAll(Object.fromEntries(Object.entries(readAll()).filter(([id]) => !isOfCourse(id, courseId)))),
    exportAsText(heading, courseId) {
      const entries = Object.entries(readAll()).filter(([id]) => isOfCourse(id, courseId)).map(([, entry]) => entry).sort((a, b) => a.updated.localeCompare(b.updated));
      const parts = entries.map((entry) => [entry.place, entry.prompt, '', entry.text.trim()].join('\n'));
      return [heading, ...parts].join('\n\n----\n\n') + '\n';
    },
  };
}

/** The browser's localStorage, or undefined where it is blocked (some LMS frames, private modes). */
export function readReflectionStorage(): ReflectionStorage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The store for this browser. */
export function openReflectionStore(): ReflectionStore {
  return createReflectionStore(readReflectionStorage());
}
