import { RESERVED_LESSON_IDS, courseSlug } from '../../core/site-paths';
import type { Course } from '../schemas/course';
import { StableIdSchema, toStableId } from '../schemas/stable-id';
import { findClosestMatch } from '../../core/text/closest-match';
import type { LineFinder, Problem } from './problem';

/** What the cross-entry checks see of a course folder, including entries whose own fields have problems. */
export interface CourseOutline {
  /** Path of course.yaml relative to the project root. */
  file: string;
  /** Undefined when course.yaml has problems of its own; then only the lessons are checked against each other. */
  course?: Course;
  lineAt: LineFinder;
  /** Every lesson whose frontmatter has an `id` written as text. */
  lessons: LessonOutline[];
}

export interface LessonOutline {
  /** Path relative to the project root. */
  file: string;
  /** The id as written, even when it is not a valid id. */
  id: string;
  idLine?: number;
  /** False when the frontmatter has problems of its own, which are reported already. */
  valid: boolean;
}

/** Checks that need more than one entry: unique ids, and modules that point at real lessons. */
export function checkCourseTree(outlines: readonly CourseOutline[]): Problem[] {
  return [...checkUniqueCourseIds(outlines), ...outlines.flatMap(checkUniqueLessonIds), ...outlines.flatMap(checkModules)];
}

function checkUniqueCourseIds(outlines: readonly CourseOutline[]): Problem[] {
  const firstFile = new Map<string, string>();
  return outlines.flatMap(({ file, course, lineAt }): Problem[] => {
    if (!course) return [];
    // Language versions of one course share its id (checkCourseLanguages links them); each folder has its own slug.
    const slug = courseSlug(course);
    const first = firstFile.get(slug);
    if (!first) {
      firstFile.set(slug, file);
      return [];
    }
    const sameId = slug === course.id;
    return [{
      file,
      line: lineAt(sameId ? ['id'] : ['language']),
      entry: `course "${course.id}"`,
      message: sameId
        ? `The course id "${course.id}" is already used by ${first}.`
        : `A ${course.language} version of the course "${course.id}" already exists in ${first}, or another course has the id "${slug}".`,
      hint: sameId
        ? 'Give each course its own `id`: web addresses, package names and saved progress depend on it. A language version of a course keeps its `id` and says `translatedFrom: <the language of the course it translates>`.'
        : 'Keep one course.yaml per language of a course, and give other courses ids of their own.',
    }];
  });
}

function checkUniqueLessonIds({ lessons }: CourseOutline): Problem[] {
  const firstFile = new Map<string, string>();
  return lessons.flatMap((lesson): Problem[] => {
    if ((RESERVED_LESSON_IDS as readonly string[]).includes(lesson.id)) {
      return [{
        file: lesson.file,
        line: lesson.idLine,
        entry: `lesson "${lesson.id}"`,
        message: `The lesson id "${lesson.id}" is the name of a page every course has, so the lesson would replace it.`,
        hint: `Choose another id, e.g. "${lesson.id}-lesson". Reserved ids: ${RESERVED_LESSON_IDS.join(', ')}.`,
      }];
    }
    const first = firstFile.get(lesson.id);
    if (!first) {
      firstFile.set(lesson.id, lesson.file);
      return [];
    }
    return [{
      file: lesson.file,
      line: lesson.idLine,
      entry: `lesson "${lesson.id}"`,
      message: `The lesson id "${lesson.id}" is already used by ${first}.`,
      hint: 'Change the `id` in one of the two files and list the new id in a module. If learners have started the course, keep the id of the lesson they know: saved progress is keyed on it.',
    }];
  });
}

function checkModules({ file, course, lineAt, lessons }: CourseOutline): Problem[] {
  if (!course) return [];
  const problems: Problem[] = [];
  // An invalid id ("Welcome") is reported on its lesson; counting the id it would become keeps a
  // module that already lists the corrected id ("welcome") from being reported a second time.
  const knownIds = new Set(lessons.flatMap((lesson) => [lesson.id, toStableId(lesson.id)]));
  const listedIn = new Map<string, string>();
  const moduleIndexById = new Map<string, number>();

  course.modules.forEach((module, moduleIndex) => {
    const entry = `module "${module.id}"`;
    const firstIndex = moduleIndexById.get(module.id);
    if (firstIndex !== undefined) {
      const firstLine = lineAt(['modules', firstIndex, 'id']);
      problems.push({
        file,
        line: lineAt(['modules', moduleIndex, 'id']),
        entry,
        message: `The module id "${module.id}" is already used by ${firstLine ? `the module on line ${firstLine}` : 'an earlier module'}.`,
        hint: 'Give each module its own `id`.',
      });
    } else moduleIndexById.set(module.id, moduleIndex);

    module.lessons.forEach((lessonId, lessonIndex) => {
      const line = lineAt(['modules', moduleIndex, 'lessons', lessonIndex]);
      const otherModule = listedIn.get(lessonId);
      if (!knownIds.has(lessonId)) {
        problems.push({
          file,
          line,
          entry,
          message: `The module lists the lesson "${lessonId}", but no lesson in this course has that id.`,
          hint: hintForMissingLesson(lessonId, lessons),
        });
      } else if (otherModule !== undefined) {
        problems.push({
          file,
          line,
          entry,
          message: `The module lists the lesson "${lessonId}", which ${otherModule === module.id ? 'it already lists' : `module "${otherModule}" already lists`}.`,
          hint: 'List each lesson once, in one module only.',
        });
      } else listedIn.set(lessonId, module.id);
    });
  });

  for (const lesson of lessons) {
    if (lesson.valid && !listedIn.has(lesson.id)) {
      problems.push({
        file: lesson.file,
        line: lesson.idLine,
        entry: `lesson "${lesson.id}"`,
        message: 'The lesson is not listed in any module, so learners could never reach it.',
        hint: `Add "${lesson.id}" to the \`lessons\` of a module in ${file}, or move the file out of the course folder.`,
      });
    }
  }
  return problems;
}

function hintForMissingLesson(lessonId: string, lessons: readonly LessonOutline[]): string {
  const closeId = findClosestMatch(lessonId, lessons.map((lesson) => lesson.id));
  const close = lessons.find((lesson) => lesson.id === closeId);
  if (!close) {
    return `Create an .mdx file in this course folder with \`id: ${lessonId}\` in its frontmatter, or remove "${lessonId}" from \`lessons\`.`;
  }
  if (!StableIdSchema.safeParse(close.id).success) {
    return `Did you mean the lesson in ${close.file}? Its id "${close.id}" is not a valid id: change it to \`id: ${lessonId}\`.`;
  }
  return `Did you mean "${close.id}"? Correct the id in \`lessons\`.`;
}
