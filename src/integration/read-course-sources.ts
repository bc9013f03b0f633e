import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CourseRendering } from '../content/checks/check-course-languages';
import { checkCourseTree, type CourseOutline } from '../content/checks/check-course-tree';
import { checkCourseQuizzes } from '../content/checks/check-quizzes';
import { checkLessonLinks, type LessonLinks } from '../content/checks/check-lesson-links';
import { checkCourseScenarios } from '../content/checks/check-scenarios';
import { checkResponseIdentifiers } from '../content/checks/check-response-identifiers';
import type { Problem } from '../content/checks/problem';
import type { ExtractedScenario } from '../content/scenarios/read-scenario';
import type { Course } from '../content/schemas/course';
import type { Lesson } from '../content/schemas/lesson';
import type { QuizDefinition } from '../core/quiz/quiz-definition';
import { toScenarioPlan } from '../core/scenario/scenario-plan';
import { courseSlug } from '../core/site-paths';
import { findStateKeyCollisions, measureWorstCaseState } from '../core/scorm/learner-state-codec';
import { linkLanguageVersions } from './link-language-versions';
import { readCourseFile } from './read-course-file';
import { readLessonFile } from './read-lesson-file';

/** One lesson as the build read it: frontmatter, quizzes and scenarios from the same parse. */
export interface LessonSource {
  /** Path relative to the project root, forward slashes. */
  file: string;
  data: Lesson;
  quizzes: QuizDefinition[];
  scenarios: ExtractedScenario[];
  /** A content note in the frontmatter or the text. */
  sensitive: boolean;
}

export interface CourseSource {
  /** Path of course.yaml relative to the project root. */
  file: string;
  /** The course's folder name: the first part of every entry id in it. */
  folder: string;
  data: Course;
  /** The course's folder in the built site: its id, or `<id>-<language>` for a language version. */
  slug: string;
  /** Every valid lesson of the course, by file path. */
  lessons: LessonSource[];
  /** For a language version (`translatedFrom`): the course it translates, whose record and tracking plan it shares. */
  original?: CourseSource;
  /** For a language version: the original's modules it does not have yet, in course order. */
  untranslatedModules?: string[];
  /** Every language version of the course, this one included, the original first. */
  versions: CourseVersion[];
}

/** One language version of a course, as language switches and the catalogue name it. */
export interface CourseVersion {
  language: Course['language'];
  /** Its folder in the built site. */
  slug: string;
  title: string;
}

export interface CourseSources {
  /** Courses whose course.yaml is valid, each with its valid lessons. */
  courses: CourseSource[];
  /** Everything an author must fix, across all courses. */
  problems: Problem[];
  /** Worth knowing, but the build goes on (e.g. saved progress close to its size limit). */
  warnings: Problem[];
}

/** Reads and checks every course under `coursesDir`, collecting all problems instead of stopping at the first. */
export function readCourseSources(coursesDir: string, projectRoot: string): CourseSources {
  const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/') || '.';
  if (!existsSync(coursesDir)) {
    return {
      courses: [],
      problems: [{
        file: shown(coursesDir),
        message: 'The courses folder does not exist.',
        hint: 'Create it with one folder per course, or point PEERPATH_COURSES_DIR at the folder that holds your courses.',
      }],
      warnings: [],
    };
  }
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const courses: CourseSource[] = [];
  const outlines: CourseOutline[] = [];
  const links: LessonLinks[] = [];
  const lessonIdByFile = new Map<string, string>();
  const publicDir = path.join(projectRoot, 'public');
  const renderings: CourseRendering[] = [];

  const dirs = readdirSync(coursesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const dir of dirs.map((entry) => entry.name).sort()) {
    const courseDir = path.join(coursesDir, dir);
    const courseFile = ['course.yaml', 'course.yml'].map((name) => path.join(courseDir, name)).find(isFile);
    if (!courseFile) {
      problems.push({
        file: `${shown(courseDir)}/`,
        message: 'The course folder has no course.yaml.',
        hint: `Add a course.yaml (copy one from another course and edit it), or move the folder out of ${shown(coursesDir)}/.`,
      });
      continue;
    }
    const { course, lineAt, problems: courseProblems } = readCourseFile(courseFile, shown(courseFile));
    problems.push(...courseProblems);
    // Only the default likert levels depend on the language; a broken course.yaml fails the build anyway.
    const language = course?.language ?? 'en';
    const lessonFiles = listMdxFiles(courseDir).map((file) => ({ file: shown(file), ...readLessonFile(file, shown(file), language, publicDir) }));
    problems.push(...lessonFiles.flatMap((lesson) => lesson.problems));
    for (const { file, outline, links: written } of lessonFiles) {
      if (!outline) continue;
      lessonIdByFile.set(file, outline.id);
      if (course) links.push({ file, courseId: course.id, lessonId: outline.id, links: written });
    }
    const scenarioPlan = toScenarioPlan(lessonFiles.flatMap(({ outline, scenarios }) => (outline ? scenarios : [])));
    const quizChecks = checkCourseQuizzes({
      file: shown(courseFile),
      courseId: course?.id,
      lessons: lessonFiles.flatMap(({ file, outline, quizzes, quizDeclarations }) =>
        outline ? [{ file, lessonId: outline.id, idLine: outline.idLine, quizzes, declarations: quizDeclarations }] : [],
      ),
    }, {
      // Scenarios are saved beside quiz answers, in the same suspend_data, so they count toward its limit.
      measureWorstCaseState: (state) => measureWorstCaseState({ ...state, scenarios: scenarioPlan }),
      findStateKeyCollisions,
    });
    problems.push(...quizChecks.problems);
    warnings.push(...quizChecks.warnings);
    problems.push(...checkCourseScenarios(lessonFiles, scenarioPlan));
    problems.push(...checkResponseIdentifiers(lessonFiles, scenarioPlan));
    outlines.push({ file: shown(courseFile), course, lineAt, lessons: lessonFiles.flatMap((lesson) => lesson.outline ?? []) });
    if (course) {
      const lessons = lessonFiles.flatMap(({ file, lesson, quizzes, scenarios, sensitive }) =>
        lesson ? [{ file, data: lesson, quizzes, scenarios, sensitive }] : [],
      );
      const slug = courseSlug(course);
      courses.push({ file: shown(courseFile), folder: dir, data: course, slug, lessons, versions: [{ language: course.language, slug, title: course.title }] });
      const structures = lessonFiles.flatMap(({ file, outline, lesson, structure }) =>
        outline && lesson ? [{ file, id: outline.id, idLine: outline.idLine, structure }] : [],
      );
      renderings.push({ file: shown(courseFile), course, lineAt, lessons: structures });
    }
  }
  problems.push(...checkCourseTree(outlines));
  problems.push(...checkLessonLinks(links, {
    lessonsByCourse: new Map(outlines.flatMap(({ course, lessons }) => (course ? [[course.id, new Set(lessons.map((lesson) => lesson.id))]] : []))),
    lessonIdByFile,
    existsInPublic: (sitePath) => isFile(path.join(publicDir, sitePath)),
  }));
  const languages = linkLanguageVersions(courses, renderings);
  problems.push(...languages.problems);
  warnings.push(...languages.warnings);
  return { courses, problems: withExcerpts(problems, projectRoot), warnings };
}

/** Adds the line each problem points at, as the author wrote it. */
function withExcerpts(problems: Problem[], projectRoot: string): Problem[] {
  const linesByFile = new Map<string, string[]>();
  return problems.map((problem) => {
    const file = path.join(projectRoot, problem.file);
    if (!problem.line || !isFile(file)) return problem;
    if (!linesByFile.has(file)) linesByFile.set(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/));
    const excerpt = linesByFile.get(file)?.[problem.line - 1]?.trimEnd();
    return excerpt ? { ...problem, excerpt } : problem;
  });
}

function listMdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
