import type { CourseView } from '../../content/course-views';
import { collectCourseScenarios } from '../../content/scenarios/collect-course-scenarios';
import type { ExtractedScenario } from '../../content/scenarios/read-scenario';
import type { ScenarioDefinition } from '../../core/scenario/scenario-definition';
import { scoreRanges, type ScoreRanges } from '../../core/scenario/score-ranges';

/** Every scenario of a course, in lesson order, as the build read them (the same objects the lessons use), with their weights. */
export function scenariosOfCourse(course: CourseView): ExtractedScenario[] {
  return collectCourseScenarios(
    course.lessons.map((lesson) => ({ lessonId: lesson.data.id, file: lesson.filePath ?? lesson.id, body: lesson.body ?? '' })),
    course.language,
  );
}

// Worked out once per scenario: the lesson page and the trainer page both show them.
const rangesCache = new WeakMap<ScenarioDefinition, ScoreRanges>();

/**
 * Each ending's lowest and highest points per dimension. A scenario too large to work them out has
 * already stopped the build (the graph check uses the same limits), so none is the empty answer.
 */
export function rangesOf(scenario: ScenarioDefinition): ScoreRanges {
  let ranges = rangesCache.get(scenario);
  if (!ranges) {
    try {
      ranges = scoreRanges(scenario);
    } catch {
      ranges = {};
    }
    rangesCache.set(scenario, ranges);
  }
  return ranges;
}
