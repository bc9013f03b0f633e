import { Scorm12API, Scorm2004API } from 'scorm-again';

/** Real in-process LMSs, quiet, playing the part of Moodle and friends. */
export const createLms2004 = () => new Scorm2004API({ logLevel: 5 });
export const createLms12 = () => new Scorm12API({ logLevel: 5 });

export interface LmsCall {
  name: string;
  args: unknown[];
  result: unknown;
}

export interface LmsControl {
  /** Every API call the course made, in order (GetLastError left out). */
  calls: LmsCall[];
  /**
   * While it says true for a call, that call fails as when the LMS's server is unreachable:
   * "false", GetLastError 101, nothing stored.
   */
  failWhen: ((name: string, args: unknown[]) => boolean) | undefined;
}

const errorNames = new Set(['GetLastError', 'LMSGetLastError']);

/** Wraps a real LMS so tests can see every call and make some of them fail for a while. */
export function createRecordingLms<T extends object>(lms: T): { api: T; control: LmsControl } {
  const control: LmsControl = { calls: [], failWhen: undefined };
  let refused = false;
  const api = new Proxy(lms, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (errorNames.has(name)) return () => (refused ? '101' : method.call(target));
      return (...args: unknown[]) => {
        refused = control.failWhen?.(name, args) ?? false;
        const result = refused ? 'false' : method.apply(target, args);
        control.calls.push({ name, args, result });
        return result;
      };
    },
  });
  return { api, control };
}

/** Fails every write (SetValue, Commit, Terminate in either version's names). */
export const failWrites = (name: string) => /SetValue|Commit|Terminate|LMSFinish/.test(name);

/** The values the course wrote to one element, in order. */
export function writtenValues(control: LmsControl, element: string): unknown[] {
  return control.calls
    .filter((call) => /SetValue$/.test(call.name) && call.args[0] === element && call.result === 'true')
    .map((call) => call.args[1]);
}

export const countCalls = (control: LmsControl, pattern: RegExp) =>
  control.calls.filter((call) => pattern.test(call.name) && call.result === 'true').length;
