import type { ScormVersion } from '../../core/scorm/scorm-version';
import { isScorm12Api, isScorm2004Api, type FoundLmsApi } from './lms-api';

/** The parts of a window discovery reads; fake frame chains in tests have the same shape. */
export interface FrameLike {
  readonly parent?: FrameLike | null;
  readonly opener?: FrameLike | null;
  readonly top?: FrameLike | null;
}

// ADL's SCORM 2004 discovery bound; the classic 1.2 scripts stop at 7, but deeper LMS frame
// nests exist and the walk ends at the top window anyway.
const MAX_FRAME_DEPTH = 500;

const apiNames: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

function readApi(frame: FrameLike, version: ScormVersion): FoundLmsApi | undefined {
  const candidate: unknown = Reflect.get(frame, apiNames[version]);
  if (version === '2004') return isScorm2004Api(candidate) ? { version, api: candidate } : undefined;
  return isScorm12Api(candidate) ? { version, api: candidate } : undefined;
}

/** Looks in `start` and each parent above it; a cross-origin frame throws on access, which ends the walk. */
function searchUpwards(start: FrameLike, version: ScormVersion): FoundLmsApi | undefined {
  let frame = start;
  for (let depth = 0; depth <= MAX_FRAME_DEPTH; depth++) {
    try {
      const found = readApi(frame, version);
      if (found) return found;
      const parent: FrameLike | null | undefined = frame.parent;
      if (!parent || parent === frame) return undefined;
      frame = parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function readOpeners(start: FrameLike): FrameLike[] {
  const openers: FrameLike[] = [];
  for (const read of [() => start.opener, () => start.top?.opener]) {
    try {
      const opener = read();
      if (opener && !openers.includes(opener)) openers.push(opener);
    } catch {
      // A cross-origin top or opener cannot hold an API this page may use.
    }
  }
  return openers;
}

/** ADL discovery for one version: this window and its parents, then the opener and its parents. */
export function findLmsApiOfVersion(start: FrameLike, version: ScormVersion): FoundLmsApi | undefined {
  for (const frame of [start, ...readOpeners(start)]) {
    const found = searchUpwards(frame, version);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds the LMS's API, trying the preferred version first (given by the package's launch
 * parameters), then the other. It only reads: defining an API object ourselves would hide the LMS's.
 */
export function findLmsApi(start: FrameLike, preferred: ScormVersion = '2004'): FoundLmsApi | undefined {
  const other: ScormVersion = preferred === '2004' ? '1.2' : '2004';
  return findLmsApiOfVersion(start, preferred) ?? findLmsApiOfVersion(start, other);
}
