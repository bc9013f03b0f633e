import { mdxToMdast } from 'satteri';
import type { Language } from '../../i18n/strings';
import type { MdastNode } from '../mdx-elements/mdast-node';
import type { LessonBody } from '../quizzes/collect-course-quizzes';
import type { ExtractedScenario } from './read-scenario';
import { scenariosFromMdast } from './scenarios-from-mdast';

// Every lesson page asks for the whole course's scenarios (for the course's tracking plan), and the
// graph check behind each one explores its state space, so each lesson is read once. Keyed by file;
// the rest is compared, so an edited lesson in live preview is read again.
const cache = new Map<string, { body: string; lessonId: string; language: Language; scenarios: ExtractedScenario[] }>();

/**
 * The scenarios of a course's lessons, in the order given. Problems are not reported here: the build
 * has already checked every lesson and stops when any scenario has a problem. The scenario objects
 * are shared between calls, so treat them as read-only.
 */
export function collectCourseScenarios(lessons: readonly LessonBody[], language: Language): ExtractedScenario[] {
  return lessons.flatMap((lesson) => lessonScenarios(lesson, language));
}

function lessonScenarios({ lessonId, file, body }: LessonBody, language: Language): ExtractedScenario[] {
  const cached = cache.get(file);
  if (cached && cached.body === body && cached.lessonId === lessonId && cached.language === language) return cached.scenarios;
  const scenarios = body.includes('<Scenario') ? readScenarios(body, { lessonId, file, language }) : [];
  cache.set(file, { body, lessonId, language, scenarios });
  return scenarios;
}

function readScenarios(body: string, options: { lessonId: string; file: string; language: Language }): ExtractedScenario[] {
  try {
    return scenariosFromMdast(mdxToMdast(body) as MdastNode, options).scenarios;
  } catch {
    // A lesson that does not parse has stopped the build already; in live preview the error overlay shows it.
    return [];
  }
}
