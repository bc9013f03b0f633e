// The test LMS. Query: version=12|2004, launch=<SCO URL>, cmi=<JSON of flattened CMI the LMS stored earlier>,
// preset=moodle (Moodle 4.5's value rules, moodle-rules.js), api=none (launch the SCO with no LMS API at all),
// faults=<JSON of window.lmsFaults to start with>.
// Exposes window.lmsLog (every API call: method, args, result, error code after it),
// window.lmsStored (the flattened CMI as of the last successful Commit / Finish / Terminate),
// window.lmsRefusing: while true, every SetValue and Commit fails with "false" and error 101
// (General Exception), as an LMS with a dropped connection or an overloaded server answers, and
// window.lmsFaults, the ways this LMS misbehaves on purpose (each call it changes is logged with refused: true):
//   initialize: 'refuse' (false, 102/101) | 'throw';  commit: 'false' (false, 101) | 'throw';
//   refuseElements: [regex source, …] (SetValue answers a data-model error: 406 in 2004, 405 in 1.2);
//   truncateSuspendData: n (stores only the first n characters, answering "true" as some LMSs do).
import { applyMoodleRules } from './moodle-rules.js';

const params = new URLSearchParams(location.search);
const version = params.get('version');
const launch = params.get('launch');
const stored = JSON.parse(params.get('cmi') || '{}');
if (version !== '12' && version !== '2004') throw new Error(`harness: version must be 12 or 2004, got ${version}`);
if (!launch) throw new Error('harness: launch is required');

const names = version === '12'
  ? { initialize: 'LMSInitialize', commit: 'LMSCommit', setValue: 'LMSSetValue', refused: '405' }
  : { initialize: 'Initialize', commit: 'Commit', setValue: 'SetValue', refused: '406' };
const methods = {
  12: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
}[version];
const persisting = new Set(['LMSCommit', 'LMSFinish', 'Commit', 'Terminate']);
const errorLookups = new Set(['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic', 'GetLastError', 'GetErrorString', 'GetDiagnostic']);
const learner = version === '12'
  ? { 'cmi.core.student_id': 'volunteer-7', 'cmi.core.student_name': 'Volunteer, Test' }
  : { 'cmi.learner_id': 'volunteer-7', 'cmi.learner_name': 'Volunteer, Test' };

// scorm-again's own getFlattenedCMI() turns interactions and objectives into "[object Object]".
function flatten(value, prefix, into) {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = String(value);
  }
  return into;
}

window.lmsLog = [];
window.lmsStored = null;
window.lmsRefusing = false;
window.lmsFaults = JSON.parse(params.get('faults') || '{}');
const refusable = new Set(['LMSSetValue', 'LMSCommit', 'SetValue', 'Commit']);
let lastCallRefused = false;

/** A fault the test asked for, answering this call instead of the LMS; undefined to let the LMS answer. */
function injectFault(api, method, args) {
  const faults = window.lmsFaults;
  const fail = (code) => {
    api.lastErrorCode = code;
    return 'false';
  };
  if (window.lmsRefusing && refusable.has(method)) return fail('101');
  if (method === names.initialize && faults.initialize === 'refuse') return fail(version === '12' ? '101' : '102');
  if (method === names.initialize && faults.initialize === 'throw') throw new Error('The learning platform could not start a session.');
  if (method === names.commit && faults.commit === 'false') return fail('101');
  if (method === names.commit && faults.commit === 'throw') throw new Error('The learning platform is not answering.');
  if (method === names.setValue && (faults.refuseElements ?? []).some((source) => new RegExp(source).test(String(args[0])))) return fail(names.refused);
  return undefined;
}

function createApi() {
  // No commit URL and no autocommit: the LMS "stores" exactly what the course commits, in lmsStored.
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 4 };
  const api = version === '12' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  api.loadFromFlattenedJSON(Object.assign({}, learner, stored), '');
  if (params.get('preset') === 'moodle') applyMoodleRules(api, version);
  for (const method of methods) {
    const original = api[method].bind(api);
    api[method] = function (...args) {
      // The spec resets the error state on every call but the error look-ups; scorm-again keeps a
      // previous error through some GetValue paths (cmi.completion_status), which would blame the wrong call.
      if (!errorLookups.has(method)) api.lastErrorCode = '0';
      // The course asking why a refused call failed is answered because of the test, not a mistake.
      const followsRefusal = errorLookups.has(method) && lastCallRefused;
      if (!errorLookups.has(method)) lastCallRefused = false;
      let faulted;
      try {
        faulted = injectFault(api, method, args);
      } catch (error) {
        window.lmsLog.push({ method, args: args.map(String), result: 'threw', error: '', refused: true });
        lastCallRefused = true;
        throw error;
      }
      if (faulted !== undefined) {
        lastCallRefused = true;
        window.lmsLog.push({ method, args: args.map(String), result: faulted, error: String(api.lastErrorCode), refused: true });
        return faulted;
      }
      const truncate = window.lmsFaults.truncateSuspendData;
      const sent = method === names.setValue && args[0] === 'cmi.suspend_data' && truncate !== undefined ? [args[0], String(args[1]).slice(0, truncate)] : args;
      const result = original(...sent);
      const error = String(api.lastErrorCode);
      window.lmsLog.push({ method, args: args.map(String), result: String(result), error, ...(followsRefusal ? { refused: true } : {}) });
      if (persisting.has(method) && result === 'true') window.lmsStored = flatten(JSON.parse(api.renderCMIToJSONString()), '', {});
      return result;
    };
  }
  return api;
}

function launchCourse() {
  if (params.get('api') !== 'none') {
    const api = createApi();
    if (version === '12') window.API = api;
    else window.API_1484_11 = api;
  }
  const frame = document.createElement('iframe');
  frame.title = 'Course content';
  frame.src = launch;
  document.body.append(frame);
}

const bundle = document.createElement('script');
bundle.src = `vendor/${version === '12' ? 'scorm12' : 'scorm2004'}.min.js`;
bundle.onload = launchCourse;
document.head.append(bundle);
