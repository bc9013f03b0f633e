/** The emulated LMS's versions, as its URLs and the CLI's --scorm name them (1.2 is "12"). */
export type EmulatedVersion = '12' | '2004';

/** The API functions and the data-model names the emulation needs, per SCORM version. */
export const scormApiNames = {
  '12': {
    all: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    persisting: ['LMSCommit', 'LMSFinish'],
    errorLookups: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    refusedValue: '405',
    windowName: 'API',
    suspendDataLimit: 4096,
    entry: 'cmi.core.entry',
  },
  '2004': {
    all: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
    initialize: 'Initialize',
    finish: 'Terminate',
    setValue: 'SetValue',
    commit: 'Commit',
    persisting: ['Commit', 'Terminate'],
    errorLookups: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
    refusedValue: '406',
    windowName: 'API_1484_11',
    suspendDataLimit: 64000,
    entry: 'cmi.entry',
  },
} as const satisfies Record<EmulatedVersion, unknown>;
