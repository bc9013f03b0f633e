import { HEADER_LENGTH, KEY_LENGTH, PAYLOAD_HEAD_LENGTH, PAYLOAD_LENGTH_DIGITS } from './learner-state-format';
import { listStateLessonIds, listStateQuestions, type StateCourse } from './learner-state';
import { longestResponse } from './question-response-codec';

/**
 * Characters of the largest suspend_data the course can produce: every lesson visited, every
 * question answered with its longest response. The build compares it with the SCORM 1.2 limit.
 */
export function measureWorstCaseState(course: StateCourse): number {
  const lessons = listStateLessonIds(course).length * KEY_LENGTH;
  const entry = KEY_LENGTH + PAYLOAD_LENGTH_DIGITS + PAYLOAD_HEAD_LENGTH;
  const questions = listStateQuestions(course).reduce((sum, question) => sum + entry + longestResponse(question), 0);
  return HEADER_LENGTH + lessons + questions;
}
