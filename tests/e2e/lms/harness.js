// The test LMS. Query: version=12|2004, launch=<SCO URL>, cmi=<JSON of flattened CMI the LMS stored earlier>.
// Exposes window.lmsLog (every API call: method, args, result, error code after it),
// window.lmsStored (the flattened CMI as of the last successful Commit / Finish / Terminate) and
// window.lmsRefusing: while true, every SetValue and Commit fails with "false" and error 101
// (General Exception), as an LMS with a dropped connection or an overloaded server answers.
(function () {
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const launch = params.get('launch');
  const stored = JSON.parse(params.get('cmi') || '{}');
  if (version !== '12' && version !== '2004') throw new Error(`harness: version must be 12 or 2004, got ${version}`);
  if (!launch) throw new Error('harness: launch is required');

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
  const refusable = new Set(['LMSSetValue', 'LMSCommit', 'SetValue', 'Commit']);
  let lastCallRefused = false;

  function createApi() {
    // No commit URL and no autocommit: the LMS "stores" exactly what the course commits, in lmsStored.
    const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 4 };
    const api = version === '12' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    api.loadFromFlattenedJSON(Object.assign({}, learner, stored), '');
    for (const method of methods) {
      const original = api[method].bind(api);
      api[method] = function (...args) {
        // The spec resets the error state on every call but the error look-ups; scorm-again keeps a
        // previous error through some GetValue paths (cmi.completion_status), which would blame the wrong call.
        if (!errorLookups.has(method)) api.lastErrorCode = '0';
        if (window.lmsRefusing && refusable.has(method)) {
          api.lastErrorCode = '101';
          lastCallRefused = true;
          window.lmsLog.push({ method, args: args.map(String), result: 'false', error: '101', refused: true });
          return 'false';
        }
        // The course asking why a refused call failed is answered "101" because of the test, not a mistake.
        const followsRefusal = errorLookups.has(method) && lastCallRefused;
        if (!errorLookups.has(method)) lastCallRefused = false;
        const result = original(...args);
        const error = String(api.lastErrorCode);
        window.lmsLog.push({ method, args: args.map(String), result: String(result), error, ...(followsRefusal ? { refused: true } : {}) });
        if (persisting.has(method) && result === 'true') window.lmsStored = flatten(JSON.parse(api.renderCMIToJSONString()), '', {});
        return result;
      };
    }
    return api;
  }

  function launchCourse() {
    const api = createApi();
    if (version === '12') window.API = api;
    else window.API_1484_11 = api;
    const frame = document.createElement('iframe');
    frame.title = 'Course content';
    frame.src = launch;
    document.body.append(frame);
  }

  const bundle = document.createElement('script');
  bundle.src = `vendor/${version === '12' ? 'scorm12' : 'scorm2004'}.min.js`;
  bundle.onload = launchCourse;
  document.head.append(bundle);
})();
