import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeLearnerState, type DecodedLearnerState, type StateCourse } from '../../../src/core/scorm/learner-state-codec';
import { courseIdUnderTest, distDirectory } from './built-site';

let stateCourse: StateCourse | undefined;

/** The course as its saved state sees it, from the course data a built page carries (what the browser reads). */
export function readBuiltStateCourse(courseId = courseIdUnderTest): StateCourse {
  if (stateCourse) return stateCourse;
  const html = readFileSync(path.join(distDirectory, 'courses', courseId, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="peerpath-course"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`courses/${courseId}/index.html carries no course data.`);
  const data = JSON.parse(json) as { lessons: { id: string }[]; questions: StateCourse['questions']; scenarios?: StateCourse['scenarios'] };
  stateCourse = { lessonIds: data.lessons.map((lesson) => lesson.id), questions: data.questions, scenarios: data.scenarios ?? [] };
  return stateCourse;
}

/** suspend_data as the course under test reads it; undefined when it holds nothing the course can read. */
export function readSavedState(suspendData: string | undefined): DecodedLearnerState | undefined {
  return decodeLearnerState(suspendData ?? '', readBuiltStateCourse());
}
