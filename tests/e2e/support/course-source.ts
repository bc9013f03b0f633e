import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { courseSlug } from '../../../src/core/site-paths';
import type { Language } from '../../../src/i18n/strings';
import { repositoryRoot } from './built-site';

/** The parts of course.yaml the tests read. */
export interface CourseYaml {
  id: string;
  language: Language;
  /** Set in a language version of another course, which shares its id. */
  translatedFrom?: Language;
  /** Not in the yaml: the course's folder in the built site (courseSlug), added when read. */
  slug: string;
  passMark: number;
  modules: { lessons: string[] }[];
  support: { name: string; phone?: string }[];
}

/** One lesson's MDX as the author wrote it. */
export interface LessonSource {
  lessonId: string;
  /** Relative to the repository, as the build names files in its problems. */
  file: string;
  source: string;
}

/** A course's yaml and lesson sources, found by id under PEERPATH_COURSES_DIR or courses/. */
export interface CourseSource {
  course: CourseYaml;
  lessons: LessonSource[];
  /** Where a lesson sits in the course (for sorting what the lessons hold). */
  positionOf: (lessonId: string) => number;
}

function listFiles(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) return listFiles(file, extension);
    return name.endsWith(extension) ? [file] : [];
  });
}

/** Every course folder under PEERPATH_COURSES_DIR or courses/ with a readable course.yaml, in folder order. */
export function listCourseFolders(): { folder: string; course: CourseYaml }[] {
  const coursesRoot = path.resolve(repositoryRoot, process.env.PEERPATH_COURSES_DIR ?? 'courses');
  return readdirSync(coursesRoot).sort().flatMap((name) => {
    const yamlFile = path.join(coursesRoot, name, 'course.yaml');
    try {
      const course = loadYaml(readFileSync(yamlFile, 'utf8')) as Omit<CourseYaml, 'slug'>;
      return [{ folder: path.dirname(yamlFile), course: { ...course, slug: courseSlug(course) } }];
    } catch {
      return [];
    }
  });
}

/** By the course's folder in the built site: its id, or `<id>-<language>` for a language version. */
function findCourseFolder(slug: string): { folder: string; course: CourseYaml } {
  const found = listCourseFolders().find(({ course }) => course.slug === slug);
  if (!found) throw new Error(`No course.yaml with id "${slug}" (or a language version with that folder) under ${process.env.PEERPATH_COURSES_DIR ?? 'courses'}/.`);
  return found;
}

/** The first course (in folder order) written in `language`: tests of one language's behaviour use it. */
export function findCourseInLanguage(language: Language): CourseYaml {
  const found = listCourseFolders().find(({ course }) => course.language === language);
  if (!found) throw new Error(`No course under ${process.env.PEERPATH_COURSES_DIR ?? 'courses'}/ has \`language: ${language}\` in its course.yaml.`);
  return found.course;
}

function readLessonId(source: string, file: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const id = frontmatter && (loadYaml(frontmatter) as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error(`${file} has no frontmatter id.`);
  return id;
}

/** Reads a course's sources (by its folder in the built site), so tests take answers and paths from what the author wrote. */
export function readCourseSource(slug: string): CourseSource {
  const { folder, course } = findCourseFolder(slug);
  const lessonOrder = course.modules.flatMap((module) => module.lessons);
  const lessons = listFiles(folder, '.mdx').map((file) => {
    const source = readFileSync(file, 'utf8');
    return { lessonId: readLessonId(source, file), file: path.relative(repositoryRoot, file), source };
  });
  return { course, lessons, positionOf: (lessonId) => lessonOrder.indexOf(lessonId) };
}
