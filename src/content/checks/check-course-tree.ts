import type { Course } from '../schemas/course';
import type { Lesson } from '../schemas/lesson';
import type { Problem } from './problem';

export interface LessonSource {
  /** Path relative to the project root. */
  file: string;
  data: Lesson;
}

export interface CourseSource {
  /** Path of course.yaml relative to the project root. */
  file: string;
  data: Course;
  lessons: LessonSource[];
}

/** Checks that need more than one entry: unique ids, and modules that point at real lessons. */
export function checkCourseTree(courses: CourseSource[]): Problem[] {
  return [...checkUniqueCourseIds(courses), ...courses.flatMap(checkOneCourse)];
}

function checkUniqueCourseIds(courses: CourseSource[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const course of courses) {
    const first = seen.get(course.data.id);
    if (first) {
      problems.push({
        file: course.file,
        entry: `course "${course.data.id}"`,
        message: `the course id "${course.data.id}" is already used by ${first}`,
        hint: 'Give each course its own `id`; package names and saved progress depend on it.',
      });
    } else seen.set(course.data.id, course.file);
  }
  return problems;
}

function checkOneCourse(course: CourseSource): Problem[] {
  const problems: Problem[] = [];
  const lessonFiles = new Map<string, string>();
  for (const lesson of course.lessons) {
    const first = lessonFiles.get(lesson.data.id);
    if (first) {
      problems.push({
        file: lesson.file,
        entry: `lesson "${lesson.data.id}"`,
        message: `the lesson id "${lesson.data.id}" is already used by ${first}`,
        hint: 'Give each lesson in a course its own `id` in its frontmatter.',
      });
    } else lessonFiles.set(lesson.data.id, lesson.file);
  }

  const listed = new Map<string, string>();
  const moduleIds = new Set<string>();
  for (const module of course.data.modules) {
    if (moduleIds.has(module.id)) {
      problems.push({
        file: course.file,
        entry: `module "${module.id}"`,
        message: `the module id "${module.id}" appears more than once`,
        hint: 'Give each module its own `id`.',
      });
    }
    moduleIds.add(module.id);
    for (const lessonId of module.lessons) {
      if (!lessonFiles.has(lessonId)) {
        problems.push({
          file: course.file,
          entry: `module "${module.id}"`,
          message: `lists the lesson "${lessonId}", but no lesson in this course has that id`,
          hint: `Create an .mdx file with \`id: ${lessonId}\` in its frontmatter, or correct the id in \`lessons\`.${suggest(lessonId, [...lessonFiles.keys()])}`,
        });
      } else if (listed.has(lessonId)) {
        problems.push({
          file: course.file,
          entry: `module "${module.id}"`,
          message: `lists the lesson "${lessonId}", which module "${listed.get(lessonId)}" already lists`,
          hint: 'List each lesson in one module only.',
        });
      } else listed.set(lessonId, module.id);
    }
  }

  for (const [lessonId, file] of lessonFiles) {
    if (!listed.has(lessonId)) {
      problems.push({
        file,
        entry: `lesson "${lessonId}"`,
        message: 'is not listed in any module, so learners could never reach it',
        hint: `Add "${lessonId}" to a module's \`lessons\` in ${course.file}, or delete the file.`,
      });
    }
  }
  return problems;
}

function suggest(wanted: string, known: string[]): string {
  const close = known.find((id) => id.includes(wanted) || wanted.includes(id));
  return close ? ` Did you mean "${close}"?` : '';
}
