/** The shape of a course that pages, packaging and search share, independent of where it was read from. */
export interface LessonSummary {
  id: string;
  title: string;
  required: boolean;
  estimatedMinutes: number;
}

export interface ModuleSummary {
  id: string;
  title: string;
  lessons: LessonSummary[];
}

export interface CourseTree {
  id: string;
  title: string;
  language: 'en' | 'da';
  version: string;
  modules: ModuleSummary[];
}

export function lessonsInOrder(course: Pick<CourseTree, 'modules'>): LessonSummary[] {
  return course.modules.flatMap((module) => module.lessons);
}

export function requiredLessonIds(course: Pick<CourseTree, 'modules'>): string[] {
  return lessonsInOrder(course)
    .filter((lesson) => lesson.required)
    .map((lesson) => lesson.id);
}
