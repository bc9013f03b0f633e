import { toInteractionFields12 } from '../../core/scorm/interaction-fields';
import { parseLmsMode } from '../../core/scorm/learner-record-rules';
import { fitsLocation, fitsSuspendData } from '../../core/scorm/limits';
import { toScore12, type Score } from '../../core/scorm/score';
import { formatSessionTime12 } from '../../core/scorm/session-time';
import { fromLessonStatus12, toLessonStatus12, type SuccessStatus } from '../../core/scorm/status';
import { createDiagnosticLog, type DiagnosticLog } from './diagnostic-log';
import type { LmsAdapter } from './lms-adapter';
import type { Scorm12Api } from './lms-api';
import { createLmsValueAccess, initializeSession, readInteractionCount, terminateSession, type WriteOutcome } from './lms-value-access';
import { readStoredScore } from './stored-score';

/**
 * SCORM 1.2: completion and success share `cmi.core.lesson_status`, so the adapter remembers both
 * and always writes the combination (a pass is never overwritten by "completed"). LMSs read
 * "passed" and "failed" as finished too, so until the course is complete it says "incomplete":
 * a learner who passed the quiz but has lessons left is not reported as done. The score waits for
 * completion too: with the manifest's masteryscore, LMSs such as Moodle set passed/failed from
 * `score.raw` at LMSFinish, which would turn that "incomplete" into a result.
 */
export function createAdapter12(api: Scorm12Api, diagnostics: DiagnosticLog = createDiagnosticLog()): LmsAdapter {
  const access = createLmsValueAccess('1.2', {
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    getLastError: () => api.LMSGetLastError(),
  }, diagnostics);
  const { read, write, writeAll } = access;
  let completion: 'completed' | 'incomplete' = 'incomplete';
  let success: SuccessStatus = 'unknown';
  let heldScore: Score | undefined;
  const writeScore = (score: Score) => {
    const values = toScore12(score);
    return writeAll([
      ['cmi.core.score.min', values.min],
      ['cmi.core.score.max', values.max],
      ['cmi.core.score.raw', values.raw],
    ]);
  };
  const writeLessonStatus = () =>
    write('cmi.core.lesson_status', completion === 'completed' ? toLessonStatus12(completion, success) : 'incomplete');
  // A value too long for 1.2 would be refused anyway: it is dropped here as the LMS would drop it.
  const within = (fits: boolean, element: string, value: string): WriteOutcome => {
    if (fits) return write(element, value);
    diagnostics.add({ kind: 'refused', what: element, value, code: 'too long' });
    return 'written';
  };

  return {
    version: '1.2',
    diagnostics,
    initialize: () => initializeSession(access, api, () => api.LMSInitialize('')),
    readLearnerState: () => {
      const status = fromLessonStatus12(read('cmi.core.lesson_status'));
      completion = status.completion === 'completed' ? 'completed' : 'incomplete';
      success = status.success;
      const scorePercent = readStoredScore(read('cmi.core.score.raw'), read('cmi.core.score.min'), read('cmi.core.score.max'));
      return {
        entry: read('cmi.core.entry'),
        location: read('cmi.core.lesson_location'),
        suspendData: read('cmi.suspend_data'),
        ...status,
        ...(scorePercent === undefined ? {} : { scorePercent }),
        mode: parseLmsMode(read('cmi.core.lesson_mode')),
        credit: read('cmi.core.credit') !== 'no-credit',
        learnerId: read('cmi.core.student_id'),
      };
    },
    readBack: () => ({ location: read('cmi.core.lesson_location'), suspendData: read('cmi.suspend_data') }),
    setLocation: (location) => within(fitsLocation('1.2', location), 'cmi.core.lesson_location', location),
    setSuspendData: (data) => within(fitsSuspendData('1.2', data), 'cmi.suspend_data', data),
    setCompleted: () => {
      completion = 'completed';
      const outcome = writeLessonStatus();
      return outcome !== 'written' || heldScore === undefined ? outcome : writeScore(heldScore);
    },
    setIncomplete: () => {
      completion = 'incomplete';
      return writeLessonStatus();
    },
    // 1.2 has no progress measure; there is nothing to refuse.
    setProgressMeasure: () => 'written',
    setScore: (score) => {
      heldScore = score;
      return completion === 'completed' ? writeScore(score) : 'written';
    },
    setPassed: () => {
      success = 'passed';
      return writeLessonStatus();
    },
    setFailed: () => {
      success = 'failed';
      return writeLessonStatus();
    },
    readInteractionCount: () => readInteractionCount(access, 'cmi.interactions._count'),
    recordInteraction: (index, record) =>
      writeAll(toInteractionFields12(record).map(([element, value]) => [`cmi.interactions.${index}.${element}`, value])),
    setSessionTime: (milliseconds) => write('cmi.core.session_time', formatSessionTime12(milliseconds)),
    // 1.2 has no "normal": an empty exit is how a SCO says it ended normally.
    setExit: (exit) => write('cmi.core.exit', exit === 'normal' ? '' : exit),
    requestSuspendAll: () => 'written',
    commit: () => access.call('LMSCommit', () => api.LMSCommit('')),
    terminate: () => terminateSession(access, api, 'LMSFinish', () => api.LMSFinish('')),
  };
}
