import { classifyLmsAnswer, type LmsAnswer } from '../../core/scorm/lms-answer';
import type { ScormVersion } from '../../core/scorm/scorm-version';
import type { DiagnosticLog } from './diagnostic-log';
import type { InitializeOutcome } from './lms-adapter';
import { lmsAnswerToText } from './lms-api';
import { markTerminated, wasTerminated } from './terminated-mark';

/**
 * How a write ended: `written` (accepted, or refused for good and dropped, see LmsAnswer), `retry`
 * (the LMS could not take it now: keep it), or `closed` (no session to write to).
 */
export type WriteOutcome = 'written' | 'retry' | 'closed';

/** GetValue/SetValue/Commit of either version; every write is checked against GetLastError. */
export interface LmsValueAccess {
  /**
   * The value as a string; "" for anything not stored. Both specs make GetValue return "" on any
   * error (2004 answers 403 for a value never set), so "" is simply "nothing stored": reads are
   * never logged as faults.
   */
  read: (element: string) => string;
  /** Writes one value; one the LMS refuses is logged and dropped, so it never holds anything back. */
  write: (element: string, value: string) => WriteOutcome;
  /** Writes in order, dropping refused values; stops at the first that must be retried. */
  writeAll: (fields: readonly (readonly [string, string])[]) => WriteOutcome;
  /** A call such as Commit(""); failures other than `accepted` are logged. */
  call: (name: string, invoke: () => unknown) => LmsAnswer;
  readLastError(): string;
}

const toOutcome = (answer: LmsAnswer): WriteOutcome =>
  answer === 'accepted' || answer === 'refused' ? 'written' : answer === 'closed' ? 'closed' : 'retry';

export function createLmsValueAccess(version: ScormVersion, api: {
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  getLastError(): unknown;
}, diagnostics?: DiagnosticLog): LmsValueAccess {
  const readLastError = () => {
    try {
      return lmsAnswerToText(api.getLastError() ?? '') ?? '';
    } catch {
      return '101';
    }
  };
  const answer = (what: string, value: string, invoke: () => unknown): LmsAnswer => {
    let result: unknown;
    try {
      result = invoke();
    } catch {
      // An LMS whose window went away mid-session throws; that is a failed call, kept for retry.
      diagnostics?.add({ kind: 'unreachable', what, value, code: '' });
      return 'unreachable';
    }
    const said = lmsAnswerToText(result);
    const code = said === 'true' ? '0' : readLastError();
    const outcome = classifyLmsAnswer(version, said, code);
    if (outcome !== 'accepted') diagnostics?.add({ kind: outcome, what, value, code });
    return outcome;
  };
  const read = (element: string) => {
    try {
      return lmsAnswerToText(api.getValue(element)) ?? '';
    } catch {
      return '';
    }
  };
  const write = (element: string, value: string) => toOutcome(answer(element, value, () => api.setValue(element, value)));
  const writeAll = (fields: readonly (readonly [string, string])[]): WriteOutcome => {
    for (const [element, value] of fields) {
      const outcome = write(element, value);
      if (outcome !== 'written') return outcome;
    }
    return 'written';
  };
  return { read, write, writeAll, call: (name, invoke) => answer(name, '', invoke), readLastError };
}

/**
 * Initialize once. SCORM 2004 names the case where this launch's session is still open (a reload
 * before it was terminated): error 103 "Already Initialized", and the course carries on in that
 * session. 1.2 reports every refusal as 101, so there a refusal means the session is over. An API
 * this course already terminated (a reload of its frame) is not called at all.
 */
export function initializeSession(
  access: LmsValueAccess,
  api: object,
  initialize: () => unknown,
  alreadyInitializedCode?: string,
): InitializeOutcome {
  if (wasTerminated(api)) return 'refused';
  if (access.call('Initialize', initialize) === 'accepted') return 'initialized';
  return alreadyInitializedCode !== undefined && access.readLastError() === alreadyInitializedCode ? 'already-live' : 'refused';
}

/** Terminate (LMSFinish); once the LMS took it, the API is marked so a reloaded page leaves it alone. */
export function terminateSession(access: LmsValueAccess, api: object, name: string, terminate: () => unknown): LmsAnswer {
  const answer = access.call(name, terminate);
  if (answer === 'accepted') markTerminated(api);
  return answer;
}

export function readInteractionCount(access: LmsValueAccess, element: string): number | undefined {
  const count = Number.parseInt(access.read(element), 10);
  return Number.isInteger(count) && count >= 0 ? count : undefined;
}
