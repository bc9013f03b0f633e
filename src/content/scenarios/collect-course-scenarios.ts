import type { Language } from '../../i18n/strings';
import { createLessonBodyCache, type LessonBody } from '../mdx-elements/lesson-body-cache';
import type { ExtractedScenario } from './read-scenario';
import { scenariosFromMdast } from './scenarios-from-mdast';

// Every lesson page asks for the whole course's scenarios (for the course's tracking plan), and the
// graph check behind each one explores its state space, so each lesson is read once.
const readLessonScenarios = createLessonBodyCache('<Scenario', (tree, options) => scenariosFromMdast(tree, options).scenarios);

/**
 * The scenarios of a course's lessons, in the order given. Problems are not reported here: the build
 * has already checked every lesson and stops when any scenario has a problem. The scenario objects
 * are shared between calls, so treat them as read-only.
 */
export function collectCourseScenarios(lessons: readonly LessonBody[], language: Language): ExtractedScenario[] {
  return lessons.flatMap((lesson) => readLessonScenarios(lesson, language));
}
