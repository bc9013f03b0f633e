import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StableIdSchema } from '../content/schemas/stable-id';
import { createYamlLineFinder } from '../integration/yaml-field-lines';
import { runCheckCommand } from './check-command';
import { checkCourses, type CoursePaths } from './course-check';
import { renderCourseYaml } from './course-template';
import { addLessonToModule, addModule } from './course-yaml-edit';
import { findCourse, findLesson, type FoundCourse } from './find-course';
import { renderLesson } from './lesson-template';
import { renderQuiz } from './quiz-template';
import { SCAFFOLD_WORDS } from './scaffold-words';
import { renderScenario } from './scenario-template';
import { createUniqueId } from './unique-id';
import { UsageError } from './usage-error';

/** `peerpath new course|lesson|quiz|scenario …`: scaffolds that build at once; then the new work is checked. */
export async function runNewCommand(args: readonly string[], paths: CoursePaths): Promise<number> {
  const { values, positionals } = parseNewArgs(args);
  const [kind, ...names] = positionals;
  const created = (() => {
    switch (kind) {
      case 'course':
        return newCourse(paths, names, values);
      case 'lesson':
        return newLesson(paths, names, values.title);
      case 'quiz':
        return newQuiz(paths, names, values.counts);
      case 'scenario':
        return newScenario(paths, names);
      default:
        throw new UsageError(kind === undefined ? 'new needs what to create: course, lesson, quiz or scenario.' : `peerpath cannot create a "${kind}": use course, lesson, quiz or scenario.`);
    }
  })();
  for (const line of created.report) console.log(line);
  console.log('');
  return runCheckCommand([created.courseFolder], paths);
}

interface Created {
  courseFolder: string;
  report: string[];
}

function parseNewArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        title: { type: 'string' },
        counts: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function newCourse(paths: CoursePaths, names: readonly string[], options: { lang?: string; title?: string }): Created {
  const [id] = names;
  if (!id) throw new UsageError('new course needs an id, e.g. `npx peerpath new course my-course --lang en`.');
  const idCheck = StableIdSchema.safeParse(id);
  if (!idCheck.success) throw new UsageError(`"${id}" cannot be a course id: ${idCheck.error.issues[0]?.message ?? 'use lowercase letters, digits and dashes'}.`);
  const language = options.lang;
  if (language !== 'en' && language !== 'da') throw new UsageError('new course needs the course language: --lang en or --lang da.');
  const courseDir = path.join(paths.coursesDir, id);
  if (existsSync(courseDir)) throw new UsageError(`${shown(paths, courseDir)}/ already exists: choose another id, or add lessons with \`npx peerpath new lesson ${id} <module>\`.`);
  const taken = checkCourses(paths).courses.find((course) => course.data.id === id);
  if (taken) throw new UsageError(`The course ${taken.file} already has the id "${id}": choose another.`);
  const words = SCAFFOLD_WORDS[language];
  const title = options.title ?? idToWords(id);
  const moduleId = createUniqueId(words.moduleTitle, new Set(), 'module');
  const lessonId = createUniqueId(words.lessonTitle, new Set(), 'lesson');
  const moduleDir = path.join(courseDir, `01-${moduleId}`);
  mkdirSync(moduleDir, { recursive: true });
  const courseFile = path.join(courseDir, 'course.yaml');
  const lessonFile = path.join(moduleDir, `01-${lessonId}.mdx`);
  writeFileSync(courseFile, renderCourseYaml({ id, title, language, moduleId, lessonId }));
  writeFileSync(lessonFile, renderLesson({ id: lessonId, title: words.lessonTitle, language }));
  return {
    courseFolder: id,
    report: [
      `Created the course "${id}" (${language}):`,
      `  ${shown(paths, courseFile)}`,
      `  ${shown(paths, lessonFile)}`,
      '',
      `Next: \`npm run dev\` shows it at http://localhost:4321/courses/${id}/ as you write;`,
      `      \`npx peerpath new lesson ${id} ${moduleId}\` adds a lesson.`,
    ],
  };
}

function newLesson(paths: CoursePaths, names: readonly string[], title: string | undefined): Created {
  const [courseName, moduleId] = names;
  if (!courseName || !moduleId) throw new UsageError('new lesson needs a course and a module, e.g. `npx peerpath new lesson my-course getting-started --title "Listening"`.');
  const course = findCourse(paths, courseName);
  const words = SCAFFOLD_WORDS[course.language];
  const lessonTitle = title ?? words.lessonTitle;
  const lessonId = createUniqueId(lessonTitle, course.writtenIds, 'lesson');
  const yaml = readFileSync(course.courseFile, 'utf8');
  const lineAt = createYamlLineFinder(yaml);
  const moduleIndex = course.data.modules.findIndex((module) => module.id === moduleId);
  const module = course.data.modules[moduleIndex];
  let moduleDir: string;
  if (module) {
    const lastLessonFile = course.lessonFiles.findLast((lesson) => module.lessons.includes(lesson.id))?.path;
    moduleDir = lastLessonFile ? path.dirname(lastLessonFile) : path.join(course.dir, `${twoDigits(moduleIndex + 1)}-${moduleId}`);
    writeFileSync(course.courseFile, addLessonToModule(yaml, lineAt, moduleIndex, module.lessons.length, lessonId));
  } else {
    const idCheck = StableIdSchema.safeParse(moduleId);
    if (!idCheck.success) throw new UsageError(`"${moduleId}" cannot be a module id: ${idCheck.error.issues[0]?.message ?? 'use lowercase letters, digits and dashes'}.`);
    moduleDir = path.join(course.dir, `${twoDigits(course.data.modules.length + 1)}-${moduleId}`);
    writeFileSync(course.courseFile, addModule(yaml, lineAt, course.data.modules.length, {
      id: moduleId, title: idToWords(moduleId), summary: words.moduleSummary, lessonId,
    }));
  }
  mkdirSync(moduleDir, { recursive: true });
  const number = readdirSync(moduleDir).filter((name) => name.endsWith('.mdx')).length + 1;
  const lessonFile = path.join(moduleDir, `${twoDigits(number)}-${lessonId}.mdx`);
  writeFileSync(lessonFile, renderLesson({ id: lessonId, title: lessonTitle, language: course.language }));
  return {
    courseFolder: course.folder,
    report: [
      `Created the lesson "${lessonId}" in ${module ? 'the' : 'a new'} module "${moduleId}":`,
      `  ${shown(paths, lessonFile)}`,
      `  ${shown(paths, course.courseFile)} (lists it in the module)`,
    ],
  };
}

function newQuiz(paths: CoursePaths, names: readonly string[], counts: boolean): Created {
  const { course, lesson } = findLessonArgs(paths, names, 'quiz');
  const taken = new Set(course.writtenIds);
  const quizId = createUniqueId(`${lesson.id}-check`, taken, 'check');
  taken.add(quizId);
  const first = createUniqueId(`${lesson.id}-question`, taken, 'question');
  taken.add(first);
  const second = createUniqueId(`${lesson.id}-statement`, taken, 'statement');
  appendTo(lesson.path, renderQuiz({ quizId, questionIds: [first, second], counts, language: course.language }));
  return {
    courseFolder: course.folder,
    report: [`Added the ${counts ? 'counted ' : ''}knowledge check "${quizId}" to the end of ${shown(paths, lesson.path)}.`],
  };
}

function newScenario(paths: CoursePaths, names: readonly string[]): Created {
  const { course, lesson } = findLessonArgs(paths, names, 'scenario');
  const scenarioId = createUniqueId(`${lesson.id}-role-play`, course.writtenIds, 'role-play');
  appendTo(lesson.path, renderScenario({ scenarioId, language: course.language }));
  return {
    courseFolder: course.folder,
    report: [`Added the role-play "${scenarioId}" to the end of ${shown(paths, lesson.path)}.`],
  };
}

function findLessonArgs(paths: CoursePaths, names: readonly string[], kind: string): { course: FoundCourse; lesson: { id: string; path: string } } {
  const [courseName, lessonName] = names;
  if (!courseName || !lessonName) throw new UsageError(`new ${kind} needs a course and a lesson, e.g. \`npx peerpath new ${kind} my-course welcome\`.`);
  const course = findCourse(paths, courseName);
  return { course, lesson: findLesson(paths, course, lessonName) };
}

function appendTo(file: string, text: string): void {
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, `${source.replace(/\s*$/, '\n')}${text}`);
}

function idToWords(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function twoDigits(number: number): string {
  return String(number).padStart(2, '0');
}

function shown({ projectRoot }: CoursePaths, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}
