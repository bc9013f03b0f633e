import type { ExtractedScenario } from '../../../src/content/scenarios/read-scenario';
import { extractLessonScenarios } from '../../support/lesson-elements';
import type { ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import type { Language } from '../../../src/i18n/strings';
import { courseIdUnderTest } from './built-site';
import { readCourseSource } from './course-source';

/** One scenario as the course source defines it, and where it sits in its lesson. */
export type CourseScenario = ExtractedScenario & {
  /** Written inside a `<ContentNote>`: the learner chooses "Continue" in that note before playing. */
  inContentNote: boolean;
};

/** A course's role-play scenarios as its source defines them: what the tests plan their paths on. */
export interface CourseScenarios {
  courseId: string;
  language: Language;
  /** Every scenario in course order. */
  scenarios: CourseScenario[];
}

/** Whether `<Scenario id="…">` is written after a `<ContentNote` that is not closed before it. */
function isInContentNote(source: string, scenarioId: string): boolean {
  const at = source.search(new RegExp(`<Scenario\\s[^>]*\\bid="${scenarioId}"`));
  if (at < 0) return false;
  const before = source.slice(0, at);
  return before.lastIndexOf('<ContentNote') > before.lastIndexOf('</ContentNote>');
}

/** Reads every lesson's `<Scenario>` elements with the build's own reader, so the tests' paths come from the source. */
export function readCourseScenarios(courseId = courseIdUnderTest): CourseScenarios {
  const { course, lessons, positionOf } = readCourseSource(courseId);
  const scenarios = lessons.flatMap(({ lessonId, file, source }) => {
    if (!source.includes('<Scenario')) return [];
    const read = extractLessonScenarios(source, { lessonId, file, language: course.language });
    if (read.problems.length > 0) throw new Error(`${file}: ${read.problems.map((problem) => problem.message).join('; ')}`);
    return read.scenarios.map((scenario): CourseScenario => ({ ...scenario, inContentNote: isInContentNote(source, scenario.id) }));
  });
  const position = (scenario: ScenarioDefinition) => positionOf(scenario.lessonId);
  return { courseId, language: course.language, scenarios: scenarios.sort((first, second) => position(first) - position(second)) };
}

let courseScenarios: CourseScenarios | undefined;
/** The course under test's scenarios, read once per worker. */
export function loadCourseScenarios(): CourseScenarios {
  return (courseScenarios ??= readCourseScenarios());
}

export function findScenario(scenarioId: string): CourseScenario {
  const { scenarios } = loadCourseScenarios();
  const scenario = scenarios.find((candidate) => candidate.id === scenarioId);
  if (!scenario) throw new Error(`The course source has no scenario "${scenarioId}" (has: ${scenarios.map((candidate) => candidate.id).join(', ')}).`);
  return scenario;
}

/** Scenarios a learner must play to an ending for the course to complete (`completion` and `score`), in course order. */
export function countedScenarios(): CourseScenario[] {
  return loadCourseScenarios().scenarios.filter((scenario) => scenario.counts !== 'practice');
}
