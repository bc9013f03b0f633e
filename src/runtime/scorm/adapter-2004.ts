import { clamp, formatDecimal } from '../../core/scorm/decimal';
import { toInteractionFields2004 } from '../../core/scorm/interaction-fields';
import { fitsLocation, fitsSuspendData } from '../../core/scorm/limits';
import { toScore2004 } from '../../core/scorm/score';
import { formatSessionTime2004 } from '../../core/scorm/session-time';
import { parseCompletionStatus, parseSuccessStatus } from '../../core/scorm/status';
import type { LmsAdapter } from './lms-adapter';
import type { Scorm2004Api } from './lms-api';
import { createLmsValueAccess, initializeSession, readInteractionCount } from './lms-value-access';

/** SCORM 2004 4th edition: `cmi.completion_status` and `cmi.success_status` are separate. */
export function createAdapter2004(api: Scorm2004Api): LmsAdapter {
  const access = createLmsValueAccess({
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    getLastError: () => api.GetLastError(),
  });
  const { read, write, writeAll } = access;

  return {
    version: '2004',
    initialize: () => initializeSession(access, () => api.Initialize(''), '103'),
    readLearnerState: () => {
      const entry = read('cmi.entry');
      // A new attempt has nothing stored, and SCORM 2004 answers reads of unset values with error
      // 403, which strict LMSs log as a content fault. The course always exits with "suspend", so
      // stored location and state come back exactly when the LMS says "resume".
      const mayHaveData = entry === 'resume';
      return {
        entry,
        location: mayHaveData ? read('cmi.location') : '',
        suspendData: mayHaveData ? read('cmi.suspend_data') : '',
        completion: parseCompletionStatus(read('cmi.completion_status')),
        success: parseSuccessStatus(read('cmi.success_status')),
      };
    },
    setLocation: (location) => fitsLocation('2004', location) && write('cmi.location', location),
    setSuspendData: (data) => fitsSuspendData('2004', data) && write('cmi.suspend_data', data),
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
    commit: () => access.call(() => api.Commit('')),
    terminate: () => access.call(() => api.Terminate('')),
  };
}
