import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content/checks/problem';
import { readCourseSources, type CourseSource } from '../integration/read-course-sources';
import { UsageError } from './usage-error';

export interface CourseCheck {
  problems: Problem[];
  warnings: Problem[];
  /** The courses checked that read without problems in their course.yaml. */
  courses: CourseSource[];
  /** Lesson files read. */
  lessons: number;
  milliseconds: number;
}

export interface CoursePaths {
  coursesDir: string;
  projectRoot: string;
}

/**
 * The build's own reading of the courses (the content loader calls the same `readCourseSources`),
 * narrowed to one course when asked. Cross-course checks (two courses with one id) still run, and
 * their problems are kept when they are about the course asked for.
 */
export function checkCourses({ coursesDir, projectRoot }: CoursePaths, course?: string): CourseCheck {
  const started = performance.now();
  const sources = readCourseSources(coursesDir, projectRoot);
  const folder = course === undefined ? undefined : findCourseFolder(sources.courses, { coursesDir, projectRoot }, course);
  const inFolder = (problem: Problem) => folder === undefined || problem.file.startsWith(folder);
  const courses = sources.courses.filter((source) => folder === undefined || source.file.startsWith(folder));
  return {
    problems: sources.problems.filter(inFolder),
    warnings: sources.warnings.filter(inFolder),
    courses,
    lessons: courses.reduce((sum, source) => sum + source.lessons.length, 0),
    milliseconds: performance.now() - started,
  };
}

/** A course's folder as problems name it (`courses/my-course/`), from its id or folder name. */
function findCourseFolder(courses: readonly CourseSource[], { coursesDir, projectRoot }: CoursePaths, course: string): string {
  const shownCoursesDir = path.relative(projectRoot, coursesDir).split(path.sep).join('/');
  const byId = courses.find((source) => source.data.id === course);
  const name = byId?.folder ?? path.basename(course.replace(/\/+$/, ''));
  if (byId || listCourseFolders(coursesDir).includes(name)) return `${shownCoursesDir ? `${shownCoursesDir}/` : ''}${name}/`;
  const known = courses.map((source) => source.data.id).join(', ') || 'none yet';
  throw new UsageError(`There is no course "${course}" in ${shownCoursesDir || '.'}/ (courses: ${known}).`);
}

function listCourseFolders(coursesDir: string): string[] {
  try {
    return readdirSync(coursesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}
