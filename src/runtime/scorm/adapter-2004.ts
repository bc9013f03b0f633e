import { clamp, formatDecimal } from '../../core/scorm/decimal';
import { toInteractionFields2004 } from '../../core/scorm/interaction-fields';
import { parseLmsMode } from '../../core/scorm/learner-record-rules';
import { fitsLocation, fitsSuspendData } from '../../core/scorm/limits';
import { toScore2004 } from '../../core/scorm/score';
import { formatSessionTime2004 } from '../../core/scorm/session-time';
import { parseCompletionStatus, parseSuccessStatus } from '../../core/scorm/status';
import { createDiagnosticLog, type DiagnosticLog } from './diagnostic-log';
import type { LmsAdapter } from './lms-adapter';
import type { Scorm2004Api } from './lms-api';
import { createLmsValueAccess, initializeSession, readInteractionCount, terminateSession, type WriteOutcome } from './lms-value-access';
import { readStoredScore } from './stored-score';

/** SCORM 2004 4th edition: `cmi.completion_status` and `cmi.success_status` are separate. */
export function createAdapter2004(api: Scorm2004Api, diagnostics: DiagnosticLog = createDiagnosticLog()): LmsAdapter {
  const access = createLmsValueAccess('2004', {
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    getLastError: () => api.GetLastError(),
  }, diagnostics);
  const { read, write, writeAll } = access;
  const within = (fits: boolean, element: string, value: string): WriteOutcome => {
    if (fits) return write(element, value);
    diagnostics.add({ kind: 'refused', what: element, value, code: 'too long' });
    return 'written';
  };

  return {
    version: '2004',
    diagnostics,
    initialize: () => initializeSession(access, api, () => api.Initialize(''), '103'),
    // Everything is read whatever cmi.entry says: Moodle says "ab-initio" and ILIAS "" over an
    // attempt that holds location and suspend_data. A value never set reads as "" (error 403).
    readLearnerState: () => {
      const scaled = Number.parseFloat(read('cmi.score.scaled'));
      const scorePercent = Number.isFinite(scaled)
        ? clamp(scaled * 100, 0, 100)
        : readStoredScore(read('cmi.score.raw'), read('cmi.score.min'), read('cmi.score.max'));
      return {
        entry: read('cmi.entry'),
        location: read('cmi.location'),
        suspendData: read('cmi.suspend_data'),
        completion: parseCompletionStatus(read('cmi.completion_status')),
        success: parseSuccessStatus(read('cmi.success_status')),
        ...(scorePercent === undefined ? {} : { scorePercent }),
        mode: parseLmsMode(read('cmi.mode')),
        credit: read('cmi.credit') !== 'no-credit',
        learnerId: read('cmi.learner_id'),
      };
    },
    readBack: () => ({ location: read('cmi.location'), suspendData: read('cmi.suspend_data') }),
    setLocation: (location) => within(fitsLocation('2004', location), 'cmi.location', location),
    setSuspendData: (data) => within(fitsSuspendData('2004', data), 'cmi.suspend_data', data),
    setCompleted: () => write('cmi.completion_status', 'completed'),
    setIncomplete: () => write('cmi.completion_status', 'incomplete'),
    setProgressMeasure: (measure) => write('cmi.progress_measure', formatDecimal(clamp(measure, 0, 1), 4)),
    setScore: (score) => {
      const values = toScore2004(score);
      return writeAll([
        ['cmi.score.min', values.min],
        ['cmi.score.max', values.max],
        ['cmi.score.raw', values.raw],
        ['cmi.score.scaled', values.scaled],
      ]);
    },
    setPassed: () => write('cmi.success_status', 'passed'),
    setFailed: () => write('cmi.success_status', 'failed'),
    readInteractionCount: () => readInteractionCount(access, 'cmi.interactions._count'),
    recordInteraction: (index, record) =>
      writeAll(toInteractionFields2004(record).map(([element, value]) => [`cmi.interactions.${index}.${element}`, value])),
    setSessionTime: (milliseconds) => write('cmi.session_time', formatSessionTime2004(milliseconds)),
    setExit: (exit) => write('cmi.exit', exit),
    requestSuspendAll: () => write('adl.nav.request', 'suspendAll'),
    commit: () => access.call('Commit', () => api.Commit('')),
    terminate: () => terminateSession(access, api, 'Terminate', () => api.Terminate('')),
  };
}
