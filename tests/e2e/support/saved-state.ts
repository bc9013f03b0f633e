import { decodeLearnerState, type DecodedLearnerState } from '../../../src/core/scorm/learner-state-codec';
import type { StateCourse } from '../../../src/core/scorm/learner-state';
import { courseIdUnderTest } from './built-site';
import { readBuiltStateCourse } from './prior-progress';

let stateCourse: StateCourse | undefined;

/** The course under test as its saved state sees it (the built course-data.json the browser reads). */
export function readCourseUnderTest(): StateCourse {
  stateCourse ??= readBuiltStateCourse(courseIdUnderTest);
  return stateCourse;
}

/** suspend_data as the course under test reads it; undefined when it holds nothing the course can read. */
export function readSavedState(suspendData: string | undefined): DecodedLearnerState | undefined {
  return decodeLearnerState(suspendData ?? '', readCourseUnderTest());
}
