import { HEADER_LENGTH, KEY_LENGTH, PAYLOAD_HEAD_LENGTH, PAYLOAD_LENGTH_DIGITS } from './learner-state-format';
import { listStateLessonIds, listStateQuestions, listStateScenarios, type StateCourse } from './learner-state';
import { longestResponse } from './question-response-codec';
import { longestScenarioEntry } from './scenario-entry-codec';

/**
 * Characters of the largest suspend_data the course can produce: every lesson visited, every
 * question answered with its longest response, and every scenario with every ending reached, an
 * outcome and the longest path saved (plus the "|" before the scenarios). The build compares it
 * with the SCORM 1.2 limit.
 */
export function measureWorstCaseState(course: StateCourse): number {
  const lessons = listStateLessonIds(course).length * KEY_LENGTH;
  const entry = KEY_LENGTH + PAYLOAD_LENGTH_DIGITS + PAYLOAD_HEAD_LENGTH;
  const questions = listStateQuestions(course).reduce((sum, question) => sum + entry + longestResponse(question), 0);
  const scenarios = listStateScenarios(course);
  const scenarioPart = scenarios.length === 0 ? 0 : 1 + scenarios.reduce((sum, scenario) => sum + longestScenarioEntry(scenario), 0);
  return HEADER_LENGTH + lessons + questions + scenarioPart;
}
