import type { ScormVersion } from '../../core/scorm/scorm-version';

/**
 * What "saved" can truthfully add about leaving, after "Save and exit":
 * - `close-window`: the course has a window of its own (the plain site, or an LMS that opened it in
 *   a new window), so closing it leaves the course;
 * - `lms-closes`: the course is a frame inside the LMS's page and has asked a 2004 LMS to take the
 *   learner out (adl.nav.request suspendAll); closing the window would close the LMS too;
 * - `lms-exit`: inside a 1.2 LMS's page (no navigation requests) or a page that offered no LMS: only
 *   the LMS's own exit leaves.
 */
export type LeavingWording = 'close-window' | 'lms-closes' | 'lms-exit';

/** Whether `view` is a frame of another page; a detached window (no top) counts as its own. */
export function isFramed(view: { readonly top: object | null; readonly self: object }): boolean {
  return view.top !== null && view.top !== view.self;
}

export function chooseLeavingWording(framed: boolean, lmsVersion: ScormVersion | undefined): LeavingWording {
  if (!framed) return 'close-window';
  return lmsVersion === '2004' ? 'lms-closes' : 'lms-exit';
}
