import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { PROBLEMS_ENTRY_ID, type CourseEntryData, type LessonEntryData } from './curriculum-entry';
import type { CourseModule } from './schemas/course';

/** A lesson entry: render it with `render(entry)`; its data holds its quizzes and scenarios. */
export type LessonEntry = CollectionEntry<'curriculum'> & { data: LessonEntryData };

export interface ModuleView extends Omit<CourseModule, 'lessons'> {
  lessons: LessonEntry[];
}

/** A course with its modules resolved to lesson entries, in the order learners meet them. */
export interface CourseView extends Omit<CourseEntryData, 'modules'> {
  modules: ModuleView[];
  lessons: LessonEntry[];
}

/** All courses, sorted by title. The loader has already proved every reference resolves. */
export async function loadCourseViews(): Promise<CourseView[]> {
  const entries = await getCollection('curriculum');
  const lessonsByCourse = new Map<string, Map<string, LessonEntry>>();
  const courses: CourseEntryData[] = [];
  for (const entry of entries) {
    const { data } = entry;
    if (data.kind === 'problems') throw new AstroError(data.message, data.hint);
    if (data.kind === 'course') courses.push(data);
    else {
      let lessons = lessonsByCourse.get(data.courseSlug);
      if (!lessons) lessonsByCourse.set(data.courseSlug, (lessons = new Map<string, LessonEntry>()));
      lessons.set(data.id, { ...entry, data });
    }
  }
  return courses
    .map((course) => {
      const byId = lessonsByCourse.get(course.slug) ?? new Map<string, LessonEntry>();
      const modules = course.modules.map((module) => ({
        ...module,
        lessons: module.lessons.flatMap((id) => byId.get(id) ?? []),
      }));
      return { ...course, modules, lessons: modules.flatMap((module) => module.lessons) };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}


/** Paths for pages that exist once per course (overview, search, break, …): `[course]` and the course. */
export async function pathsPerCourse() {
  const courses = await loadCourseViews();
  return courses.map((course) => ({ params: { course: course.slug }, props: { course } }));
}

/** Props of a page made by `pathsPerCourse`. */
export interface PerCourseProps {
  course: CourseView;
}

/**
 * Live preview: while the courses have problems, every page shows them (Astro's error overlay) instead
 * of the last good content, even a page whose paths were worked out before the problem was made.
 */
export async function showCourseProblems(): Promise<void> {
  // A build with problems has stopped in the loader already.
  if (!import.meta.env.DEV) return;
  const [problems] = await getCollection('curriculum', (entry) => entry.id === PROBLEMS_ENTRY_ID);
  if (problems?.data.kind === 'problems') throw new AstroError(problems.data.message, problems.data.hint);
}
