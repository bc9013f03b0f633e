// A reload of the course's frame runs its start-up code again while the LMS's API object, in a
// parent window, lives on. SCORM forbids calls after Terminate (2004 answers Initialize with 104 and
// LMSs log it as a content error), so the course marks the API object it terminated and, finding
// the mark, does not call it again. An LMS that launches the course anew gives a new API object.
const MARK = '__peerpathTerminated';

export function markTerminated(api: object): void {
  try {
    Object.defineProperty(api, MARK, { value: true, configurable: true });
  } catch {
    // A frozen API object: the course will ask Initialize, and the LMS will say no.
  }
}

export function wasTerminated(api: object): boolean {
  try {
    return (api as Record<string, unknown>)[MARK] === true;
  } catch {
    return false;
  }
}
