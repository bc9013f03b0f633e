import { checkCourseLanguages, type CourseRendering } from '../content/checks/check-course-languages';
import type { Problem } from '../content/checks/problem';
import type { CourseSource } from './read-course-sources';

/**
 * Runs the language check over every course read, then links each language version to its original
 * (the record and tracking plan it shares) and gives every version of a course the list of all of them.
 */
export function linkLanguageVersions(courses: CourseSource[], renderings: readonly CourseRendering[]): { problems: Problem[]; warnings: Problem[] } {
  const { links, problems, warnings } = checkCourseLanguages(renderings);
  for (const { translation, original, untranslatedModules } of links) {
    const source = courses.find((course) => course.file === translation.file);
    const linked = courses.find((course) => course.file === original.file);
    if (!source || !linked) continue;
    source.original = linked;
    source.untranslatedModules = untranslatedModules;
    linked.versions.push(...source.versions);
  }
  for (const course of courses) if (course.original) course.versions = course.original.versions;
  return { problems, warnings };
}
