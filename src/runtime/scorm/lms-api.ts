/** The SCORM 1.2 API object an LMS exposes as `API` (RTE 3.3). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 API object an LMS exposes as `API_1484_11` (RTE 3.1). */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
}

export type FoundLmsApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

export function isScorm12Api(value: unknown): value is Scorm12Api {
  return hasFunctions(value, ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError']);
}

export function isScorm2004Api(value: unknown): value is Scorm2004Api {
  return hasFunctions(value, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']);
}

function hasFunctions(value: unknown, names: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === 'function');
}

/** An LMS's answer as the text the specs promise; undefined for an answer that is no value at all (an object). */
export function lmsAnswerToText(answer: unknown): string | undefined {
  if (typeof answer === 'string') return answer;
  if (typeof answer === 'number' || typeof answer === 'boolean' || typeof answer === 'bigint') return String(answer);
  return undefined;
}
