import type { CmiApi, FlatCmi, LmsCall, LmsFaults } from './emulated-lms-types';
import { flattenCmi } from './flatten-cmi';
import { applyMoodleRules } from './moodle-rules';
import { presetFaults, strictExtraCheck, usesMoodleRules, type LmsPreset } from './lms-presets';
import { scormApiNames, type EmulatedVersion } from './scorm-api-names';

/** A scorm-again API object (Scorm12API or Scorm2004API), as the emulation uses it. */
export interface ScormAgainApi extends CmiApi {
  loadFromFlattenedJSON(json: FlatCmi, prefix: string): void;
  renderCMIToJSONString(): string;
}

export type ScormAgainClass = new (settings: Record<string, unknown>) => ScormAgainApi;

export interface EmulatedLmsOptions {
  version: EmulatedVersion;
  /** scorm-again's class for the version (see loadScormAgain). */
  ScormAgain: ScormAgainClass;
  /** The flattened CMI this LMS stored for the learner earlier (see createRelaunchCmi). */
  stored?: FlatCmi;
  preset?: LmsPreset;
  /** Faults to start with, on top of the preset's. */
  faults?: LmsFaults;
  /** Told of every call as it is answered: the live log. */
  onCall?: (call: LmsCall) => void;
}

export interface EmulatedLms {
  /** The object to put on the LMS window as `API` (1.2) or `API_1484_11` (2004). */
  api: ScormAgainApi;
  /** Every call so far, in order. */
  log: LmsCall[];
  /** The flattened CMI as of the last successful Commit / Finish / Terminate; null before one. */
  readonly stored: FlatCmi | null;
  /** The CMI as it stands now, committed or not. */
  readCurrentCmi(): FlatCmi;
  /** The faults in force: changing it changes how the next call is answered. */
  faults: LmsFaults;
}

const learners = {
  '12': { 'cmi.core.student_id': 'volunteer-7', 'cmi.core.student_name': 'Volunteer, Test' },
  '2004': { 'cmi.learner_id': 'volunteer-7', 'cmi.learner_name': 'Volunteer, Test' },
};

function blockFor(milliseconds: number): void {
  // The SCORM API is synchronous: a slow LMS holds the course's page until it answers.
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // waiting, as a synchronous request does
  }
}

/**
 * An LMS in the page: real scorm-again holding the data model, with a log of every call, what it
 * would have persisted, the preset's rules laid over it, and faults that can be switched on and off
 * while a course runs. No commit URL and no autocommit: it "stores" exactly what the course commits.
 */
export function createEmulatedLms(options: EmulatedLmsOptions): EmulatedLms {
  const { version, ScormAgain } = options;
  const preset = options.preset ?? 'lenient';
  const names = scormApiNames[version];
  const api = new ScormAgain({ autocommit: false, lmsCommitUrl: false, logLevel: 4 });
  api.loadFromFlattenedJSON({ ...learners[version], ...options.stored }, '');
  if (usesMoodleRules(preset)) applyMoodleRules(api, version, preset === 'strict' ? strictExtraCheck(version) : undefined);

  const log: LmsCall[] = [];
  let stored: FlatCmi | null = null;
  let lastCallRefused = false;
  const lms: EmulatedLms = {
    api,
    log,
    get stored() {
      return stored;
    },
    readCurrentCmi: () => flattenCmi(JSON.parse(api.renderCMIToJSONString())),
    faults: { ...presetFaults(preset), ...options.faults },
  };
  const record = (call: LmsCall) => {
    log.push(call);
    options.onCall?.(call);
  };

  /** A fault answering this call instead of the LMS; undefined to let the LMS answer. */
  function injectFault(method: string, args: unknown[]): string | undefined {
    const faults = lms.faults;
    const fail = (code: string) => {
      api.lastErrorCode = code;
      return 'false';
    };
    if (faults.commitDelayMs && (names.persisting as readonly string[]).includes(method)) blockFor(faults.commitDelayMs);
    if (faults.refuseWrites && (method === names.setValue || method === names.commit)) return fail('101');
    if (method === names.initialize && faults.initialize === 'refuse') return fail(version === '12' ? '101' : '102');
    if (method === names.initialize && faults.initialize === 'throw') throw new Error('The learning platform could not start a session.');
    if (method === names.commit && faults.commit === 'false') return fail('101');
    if (method === names.commit && faults.commit === 'throw') throw new Error('The learning platform is not answering.');
    if (method === names.setValue && (faults.refuseElements ?? []).some((source) => new RegExp(source).test(String(args[0])))) {
      return fail(names.refusedValue);
    }
    return undefined;
  }

  const methods = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of names.all) {
    const original = methods[method]?.bind(api);
    if (!original) throw new Error(`scorm-again's SCORM ${version} API has no ${method}`);
    const isLookup = (names.errorLookups as readonly string[]).includes(method);
    methods[method] = (...args: unknown[]) => {
      // The spec resets the error state on every call but the error look-ups; scorm-again keeps a
      // previous error through some GetValue paths (cmi.completion_status), which would blame the wrong call.
      if (!isLookup) api.lastErrorCode = '0';
      // The course asking why a refused call failed follows from the fault, not from a mistake.
      const followsRefusal = isLookup && lastCallRefused;
      if (!isLookup) lastCallRefused = false;
      const texts = args.map(String);
      let faulted: string | undefined;
      try {
        faulted = injectFault(method, args);
      } catch (error) {
        record({ method, args: texts, result: 'threw', error: '', refused: true });
        lastCallRefused = true;
        throw error;
      }
      if (faulted !== undefined) {
        lastCallRefused = true;
        record({ method, args: texts, result: faulted, error: String(api.lastErrorCode), refused: true });
        return faulted;
      }
      const truncate = lms.faults.truncateSuspendData;
      const sent = method === names.setValue && args[0] === 'cmi.suspend_data' && truncate !== undefined ? [args[0], String(args[1]).slice(0, truncate)] : args;
      const result = original(...sent);
      if ((names.persisting as readonly string[]).includes(method) && String(result) === 'true') stored = lms.readCurrentCmi();
      record({ method, args: texts, result: String(result), error: String(api.lastErrorCode), ...(followsRefusal ? { refused: true } : {}) });
      return result;
    };
  }
  return lms;
}
