import { toInteractionFields12 } from '../../core/scorm/interaction-fields';
import { fitsLocation, fitsSuspendData } from '../../core/scorm/limits';
import { toScore12, type Score } from '../../core/scorm/score';
import { formatSessionTime12 } from '../../core/scorm/session-time';
import { fromLessonStatus12, toLessonStatus12, type SuccessStatus } from '../../core/scorm/status';
import type { LmsAdapter } from './lms-adapter';
import type { Scorm12Api } from './lms-api';
import { createLmsValueAccess, initializeSession, readInteractionCount } from './lms-value-access';

/**
 * SCORM 1.2: completion and success share `cmi.core.lesson_status`, so the adapter remembers both
 * and always writes the combination (a pass is never overwritten by "completed"). LMSs read
 * "passed" and "failed" as finished too, so until the course is complete it says "incomplete":
 * a learner who passed the quiz but has lessons left is not reported as done. The score waits for
 * completion too: with the manifest's masteryscore, LMSs such as Moodle set passed/failed from
 * `score.raw` at LMSFinish, which would turn that "incomplete" into a result.
 */
export function createAdapter12(api: Scorm12Api): LmsAdapter {
  const access = createLmsValueAccess({
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    getLastError: () => api.LMSGetLastError(),
  });
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

  return {
    version: '1.2',
    initialize: () => initializeSession(access, () => api.LMSInitialize('')),
    readLearnerState: () => {
      const status = fromLessonStatus12(read('cmi.core.lesson_status'));
      completion = status.completion === 'completed' ? 'completed' : 'incomplete';
      success = status.success;
      return {
        entry: read('cmi.core.entry'),
        location: read('cmi.core.lesson_location'),
        suspendData: read('cmi.suspend_data'),
        ...status,
      };
    },
    setLocation: (location) => fitsLocation('1.2', location) && write('cmi.core.lesson_location', location),
    setSuspendData: (data) => fitsSuspendData('1.2', data) && write('cmi.suspend_data', data),
    setCompleted: () => {
      completion = 'completed';
      return writeLessonStatus() && (heldScore === undefined || writeScore(heldScore));
    },
    setIncomplete: () => {
      completion = 'incomplete';
      return writeLessonStatus();
    },
    // 1.2 has no progress measure; there is nothing to refuse.
    setProgressMeasure: () => true,
    setScore: (score) => {
      heldScore = score;
      return completion === 'completed' ? writeScore(score) : true;
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
    commit: () => access.call(() => api.LMSCommit('')),
    terminate: () => access.call(() => api.LMSFinish('')),
  };
}
