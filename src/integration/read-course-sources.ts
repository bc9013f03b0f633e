import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { checkCourseTree, type CourseSource, type LessonSource } from '../content/checks/check-course-tree';
import { checkMdxComponents } from '../content/checks/check-mdx-components';
import type { Problem } from '../content/checks/problem';
import { zodIssuesToProblems } from '../content/checks/zod-issues-to-problems';
import { CourseSchema } from '../content/schemas/course';
import { LessonSchema } from '../content/schemas/lesson';
import { MDX_COMPONENT_NAMES } from '../core/mdx-component-names';
import { parseMdxSource } from './parse-mdx-source';

export interface CourseSources {
  courses: CourseSource[];
  problems: Problem[];
}

/** Reads and checks every course under `coursesDir`, collecting all problems instead of stopping at the first. */
export function readCourseSources(coursesDir: string, projectRoot: string): CourseSources {
  const problems: Problem[] = [];
  const courses: CourseSource[] = [];
  const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');

  const dirs = readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const courseDir = path.join(coursesDir, dir.name);
    const courseFile = ['course.yaml', 'course.yml'].map((f) => path.join(courseDir, f)).find(isFile);
    if (!courseFile) {
      problems.push({
        file: relative(courseDir),
        message: 'is a course folder without a course.yaml',
        hint: 'Add course.yaml (copy one from courses/ and edit it), or move the folder out of courses/.',
      });
      continue;
    }
    const course = readCourseFile(courseFile, relative(courseFile), problems);
    const lessons = listMdxFiles(courseDir).flatMap((file) => readLesson(file, relative(file), problems));
    if (course) courses.push({ file: relative(courseFile), data: course, lessons });
  }
  problems.push(...checkCourseTree(courses));
  return { courses, problems };
}

function readCourseFile(file: string, shown: string, problems: Problem[]) {
  const source = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = loadYaml(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    problems.push({
      file: shown,
      line: mark ? mark.line + 1 : undefined,
      message: `is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
      hint: 'Check indentation and quoting near that line.',
    });
    return undefined;
  }
  const result = CourseSchema.safeParse(raw);
  if (result.success) return result.data;
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
  problems.push(
    ...zodIssuesToProblems(result.error, {
      file: shown,
      entry: id ? `course "${id}"` : undefined,
      lineOfField: (field) => lineOf(source, field),
    }),
  );
  return undefined;
}

function readLesson(file: string, shown: string, problems: Problem[]): LessonSource[] {
  const source = readFileSync(file, 'utf8');
  const parsed = parseMdxSource(source);
  const rawId = (parsed.frontmatter as { id?: unknown } | undefined)?.id;
  const entry = typeof rawId === 'string' ? `lesson "${rawId}"` : undefined;
  if (parsed.frontmatterError) {
    problems.push({ file: shown, line: parsed.frontmatterError.line, entry, message: parsed.frontmatterError.message, hint: 'Start the file with a --- block holding id, title, objectives and estimatedMinutes.' });
  }
  if (parsed.syntaxError) {
    problems.push({ file: shown, line: parsed.syntaxError.line, entry, message: `has an MDX syntax error: ${parsed.syntaxError.message}`, hint: 'Close every tag you open, and write a literal { or < as \\{ or \\<.' });
  }
  problems.push(...checkMdxComponents(shown, entry ?? 'lesson', parsed.jsxUses, MDX_COMPONENT_NAMES));
  if (parsed.frontmatterError) return [];
  const result = LessonSchema.safeParse(parsed.frontmatter);
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error, { file: shown, entry, lineOfField: (field) => lineOf(source, field) }));
    return [];
  }
  return [{ file: shown, data: result.data }];
}

function lineOf(source: string, field: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
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
