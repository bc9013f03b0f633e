// The test LMS: the emulated LMS the trainers' LMS preview runs (src/runtime/lms-emulator/, bundled for
// the tests by support/emulator-bundle.ts and served at /lms/emulator/), opened the way tests need it.
// Query: version=12|2004, launch=<SCO URL>, cmi=<JSON of flattened CMI the LMS stored earlier>,
// preset=moodle|strict|lenient|failing (see lms-presets.ts), api=none (launch the SCO with no LMS API
// at all), faults=<JSON of window.lmsFaults to start with>.
// Exposes window.lmsLog (every API call: method, args, result, error code after it),
// window.lmsStored (the flattened CMI as of the last successful Commit / Finish / Terminate),
// window.lmsRefusing: while true, every SetValue and Commit fails with "false" and error 101
// (General Exception), as an LMS with a dropped connection or an overloaded server answers, and
// window.lmsFaults, the ways this LMS misbehaves on purpose (LmsFaults in emulated-lms-types.ts).
import { isLmsPreset, launchCourse, loadScormAgain } from './emulator/index.js';

const params = new URLSearchParams(location.search);
const version = params.get('version');
const launchUrl = params.get('launch');
const preset = params.get('preset') ?? 'lenient';
if (version !== '12' && version !== '2004') throw new Error(`harness: version must be 12 or 2004, got ${version}`);
if (!launchUrl) throw new Error('harness: launch is required');
if (!isLmsPreset(preset)) throw new Error(`harness: unknown preset ${preset}`);

// Everything a test reads is there from the first moment, before scorm-again has loaded.
let refusing = false;
let lms;
let pendingFaults = JSON.parse(params.get('faults') || '{}');
window.lmsLog = [];
Object.defineProperties(window, {
  lmsStored: { get: () => lms?.stored ?? null },
  lmsFaults: {
    get: () => lms?.faults ?? pendingFaults,
    set: (faults) => {
      pendingFaults = faults;
      if (lms) lms.faults = { ...faults, refuseWrites: refusing };
    },
  },
  lmsRefusing: {
    get: () => refusing,
    set: (on) => {
      refusing = Boolean(on);
      if (lms) lms.faults = { ...lms.faults, refuseWrites: refusing };
    },
  },
});

({ lms } = launchCourse(document.body, {
  version,
  preset,
  launchUrl,
  ScormAgain: await loadScormAgain(version),
  stored: JSON.parse(params.get('cmi') || '{}'),
  faults: { ...pendingFaults, refuseWrites: refusing },
  withoutApi: params.get('api') === 'none',
  onCall: (call) => window.lmsLog.push(call),
}));
