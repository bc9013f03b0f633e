/** Whether the learner has done what the course asks: SCORM 2004 `cmi.completion_status`. */
export type CompletionStatus = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
/** Whether the learner met the pass mark: SCORM 2004 `cmi.success_status`. */
export type SuccessStatus = 'passed' | 'failed' | 'unknown';
/** The statuses a SCO may set in SCORM 1.2 `cmi.core.lesson_status` ("not attempted" is the LMS's alone). */
export type LessonStatus12 = 'passed' | 'failed' | 'completed' | 'incomplete' | 'browsed';

const completionValues: readonly CompletionStatus[] = ['completed', 'incomplete', 'not attempted', 'unknown'];
const successValues: readonly SuccessStatus[] = ['passed', 'failed', 'unknown'];

export function parseCompletionStatus(text: string): CompletionStatus {
  return completionValues.find((value) => value === text) ?? 'unknown';
}

export function parseSuccessStatus(text: string): SuccessStatus {
  return successValues.find((value) => value === text) ?? 'unknown';
}

/**
 * 1.2 folds completion and success into one field. A pass or fail outranks "completed", because
 * an LMS reading "completed" after a quiz would lose the result.
 */
export function toLessonStatus12(completion: 'completed' | 'incomplete', success: SuccessStatus): LessonStatus12 {
  if (success !== 'unknown') return success;
  return completion;
}

/** Splits a 1.2 lesson_status as read from the LMS into the 2004-style pair the tracker reasons with. */
export function fromLessonStatus12(status: string): { completion: CompletionStatus; success: SuccessStatus } {
  switch (status) {
    case 'passed':
    case 'failed':
      // Both mean the learner finished the SCO in 1.2.
      return { completion: 'completed', success: status };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    case 'incomplete':
    case 'browsed':
      return { completion: 'incomplete', success: 'unknown' };
    case 'not attempted':
      return { completion: 'not attempted', success: 'unknown' };
    default:
      return { completion: 'unknown', success: 'unknown' };
  }
}
