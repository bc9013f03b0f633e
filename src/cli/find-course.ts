import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../content/schemas/course';
import { readCourseFile } from '../integration/read-course-file';
import type { CoursePaths } from './course-check';
import type { CourseLanguage } from './scaffold-words';
import { collectWrittenIds } from './unique-id';
import { UsageError } from './usage-error';

export interface FoundCourse {
  folder: string;
  dir: string;
  courseFile: string;
  data: Course;
  language: CourseLanguage;
  /** Each lesson file with the id in its frontmatter. */
  lessonFiles: { id: string; path: string }[];
  /** Every id written in course.yaml's lessons and in element attributes: new ids avoid them all. */
  writtenIds: Set<string>;
}

/** A course by id or folder name, read with the build's own course.yaml reader; it must be valid to add to. */
export function findCourse({ coursesDir, projectRoot }: CoursePaths, name: string): FoundCourse {
  const folders = listFolders(coursesDir);
  for (const folder of folders) {
    const dir = path.join(coursesDir, folder);
    const courseFile = path.join(dir, 'course.yaml');
    let read;
    try {
      read = readCourseFile(courseFile, path.relative(projectRoot, courseFile));
    } catch {
      continue;
    }
    if (folder !== name && read.course?.id !== name) continue;
    if (!read.course) {
      throw new UsageError(`${path.relative(projectRoot, courseFile)} has problems; fix them first (\`npx peerpath check ${folder}\` lists them).`);
    }
    const sources = listMdx(dir).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
    const lessonFiles = sources.flatMap(({ file, source }) => {
      const id = /^---\r?\n(?:[^\n]*\n)*?id:\s*["']?([a-z0-9-]+)/.exec(source)?.[1];
      return id ? [{ id, path: file }] : [];
    });
    const writtenIds = collectWrittenIds(sources.map(({ source }) => source));
    for (const module of read.course.modules) module.lessons.forEach((id) => writtenIds.add(id));
    return { folder, dir, courseFile, data: read.course, language: read.course.language, lessonFiles, writtenIds };
  }
  throw new UsageError(`There is no course "${name}" in ${path.relative(projectRoot, coursesDir) || '.'}/ (folders: ${folders.join(', ') || 'none yet'}).`);
}

/** A lesson of the course by its id or the path of its .mdx file. */
export function findLesson({ projectRoot }: CoursePaths, course: FoundCourse, name: string): { id: string; path: string } {
  const asPath = path.resolve(projectRoot, name);
  const lesson = course.lessonFiles.find((file) => file.id === name || file.path === asPath || file.path === path.resolve(name));
  if (lesson) return lesson;
  throw new UsageError(`The course "${course.data.id}" has no lesson "${name}" (lessons: ${course.lessonFiles.map((file) => file.id).join(', ')}).`);
}

function listFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

function listMdx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
