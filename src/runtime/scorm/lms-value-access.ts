import type { InitializeOutcome } from './lms-adapter';
import { isLmsSuccess, lmsAnswerToText } from './lms-api';

/** GetValue/SetValue/Commit of either version; every write is checked against GetLastError. */
export interface LmsValueAccess {
  /**
   * The value as a string. Both specs make GetValue return "" on any error, so "" covers
   * "never set" and "refused" alike; GetLastError is not consulted because some LMSs (scorm-again
   * among them) leave an earlier call's error code standing after a successful GetValue.
   */
  read: (element: string) => string;
  write: (element: string, value: string) => boolean;
  /** Writes in order and stops at the first refusal, so a retry starts again from the top. */
  writeAll: (fields: readonly (readonly [string, string])[]) => boolean;
  /** A call such as Commit(""): true only when it says "true" and no error follows. */
  call(invoke: () => unknown): boolean;
  readLastError(): string;
}

export function createLmsValueAccess(api: {
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  getLastError(): unknown;
}): LmsValueAccess {
  const call = (invoke: () => unknown) => {
    try {
      return isLmsSuccess(invoke(), api.getLastError());
    } catch {
      // An LMS whose window went away mid-session throws; that is a failed call, kept for retry.
      return false;
    }
  };
  const read = (element: string) => {
    try {
      return lmsAnswerToText(api.getValue(element)) ?? '';
    } catch {
      return '';
    }
  };
  const readLastError = () => {
    try {
      return lmsAnswerToText(api.getLastError()) ?? '';
    } catch {
      return '';
    }
  };
  const write = (element: string, value: string) => call(() => api.setValue(element, value));
  const writeAll = (fields: readonly (readonly [string, string])[]) => fields.every(([element, value]) => write(element, value));
  return { read, write, writeAll, call, readLastError };
}

/**
 * Initialize once. SCORM 2004 names the case where this launch's session is still open (a reload
 * before it was terminated): error 103 "Already Initialized", and the course carries on in that
 * session. 1.2 reports every refusal as 101, so there a refusal means the session is over.
 */
export function initializeSession(
  access: LmsValueAccess,
  initialize: () => unknown,
  alreadyInitializedCode?: string,
): InitializeOutcome {
  if (access.call(initialize)) return 'initialized';
  return alreadyInitializedCode !== undefined && access.readLastError() === alreadyInitializedCode ? 'already-live' : 'refused';
}

export function readInteractionCount(access: LmsValueAccess, element: string): number | undefined {
  const count = Number.parseInt(access.read(element), 10);
  return Number.isInteger(count) && count >= 0 ? count : undefined;
}
