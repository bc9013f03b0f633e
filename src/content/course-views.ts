import { getCollection, type CollectionEntry } from 'astro:content';
import type { CourseTree } from '../core/course-tree';
import type { LessonBody } from './mdx-elements/lesson-body-cache';
import type { Course, CourseModule } from './schemas/course';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface ModuleView extends Omit<CourseModule, 'lessons'> {
  lessons: LessonEntry[];
}

/** A course with its modules resolved to lesson entries, in the order learners meet them. */
export interface CourseView extends Omit<Course, 'modules'> {
  modules: ModuleView[];
  lessons: LessonEntry[];
}

let cached: Promise<CourseView[]> | undefined;

/** All courses, sorted by title. The course checks have already proved every reference resolves. */
export function loadCourseViews(): Promise<CourseView[]> {
  // In dev the collections change under us (live preview), so only the build caches.
  if (!import.meta.env.PROD) return buildCourseViews();
  cached ??= buildCourseViews();
  return cached;
}

async function buildCourseViews(): Promise<CourseView[]> {
  const [courses, lessons] = await Promise.all([getCollection('courses'), getCollection('lessons')]);
  return courses
    .map((entry) => {
      const folder = entry.id.split('/')[0];
      const byId = new Map(
        lessons.filter((lesson) => lesson.id.split('/')[0] === folder).map((lesson) => [lesson.data.id, lesson]),
      );
      const modules = entry.data.modules.map((module) => ({
        ...module,
        lessons: module.lessons.map((id) => byId.get(id)).filter((lesson): lesson is LessonEntry => !!lesson),
      }));
      return { ...entry.data, modules, lessons: modules.flatMap((module) => module.lessons) };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function courseViewToTree(course: CourseView): CourseTree {
  return {
    id: course.id,
    title: course.title,
    language: course.language,
    version: course.version,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title,
      lessons: module.lessons.map((lesson) => ({
        id: lesson.data.id,
        title: lesson.data.title,
        required: lesson.data.required,
        estimatedMinutes: lesson.data.estimatedMinutes,
      })),
    })),
  };
}

/** What the quiz and scenario readers take from a lesson entry: its id, its file and its MDX. */
export function toLessonBody(lesson: LessonEntry): LessonBody {
  return { lessonId: lesson.data.id, file: lesson.filePath ?? lesson.id, body: lesson.body ?? '' };
}

/** Paths for pages that exist once per course (overview, search, break, …): `[course]` and the course. */
export async function pathsPerCourse() {
  const courses = await loadCourseViews();
  return courses.map((course) => ({ params: { course: course.id }, props: { course } }));
}

/** Props of a page made by `pathsPerCourse`. */
export interface PerCourseProps {
  course: CourseView;
}
