import type { ScormVersion } from './scorm-version';

/**
 * What an LMS's answer to one call means for the course:
 * - `accepted`: done: "true" (whatever error code an LMS leaves standing from an earlier call), or
 *   "false" with error 0, which some LMSs answer for a call that worked (Adapt's spoor takes it as
 *   success too);
 * - `refused`: a data-model error (the value or element is wrong for this LMS), the same however
 *   often it is tried: drop that one value and carry on with the rest;
 * - `unreachable`: the LMS could not take it now (general exception, commit failure, a thrown
 *   call): keep it and try again later;
 * - `closed`: the session is not running (not initialized, or already terminated).
 */
export type LmsAnswer = 'accepted' | 'refused' | 'unreachable' | 'closed';

// SCORM 2004 RTE 3.1.7: 1xx session states, 2xx syntax, 3xx RTS, 4xx data model.
const CLOSED_2004 = new Set(['104', '112', '113', '122', '123', '132', '133', '142', '143']);
// SCORM 1.2 RTE 3.3: 301 "not initialized"; 201-203 and 401-405 are about the element or value.
const REFUSED_12 = new Set(['201', '202', '203', '401', '402', '403', '404', '405']);

const isNoError = (code: string) => code === '0' || code === '';

/** `said` is the call's answer as text (undefined when it was no value at all). */
export function classifyLmsAnswer(version: ScormVersion, said: string | undefined, errorCode: string): LmsAnswer {
  const code = errorCode.trim();
  if (said === 'true' || (said === 'false' && isNoError(code))) return 'accepted';
  if (version === '1.2') {
    if (REFUSED_12.has(code)) return 'refused';
    return code === '301' ? 'closed' : 'unreachable';
  }
  if (CLOSED_2004.has(code)) return 'closed';
  if (/^(201|301|351|4\d\d)$/.test(code)) return 'refused';
  return 'unreachable';
}
