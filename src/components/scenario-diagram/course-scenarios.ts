import type { CourseView } from '../../content/course-views';
import type { LessonScenario } from '../../content/curriculum-entry';

/** Every scenario of a course, in lesson order, as the build read them, with their weights and score ranges. */
export function scenariosOfCourse(course: Pick<CourseView, 'lessons'>): LessonScenario[] {
  return course.lessons.flatMap((lesson) => lesson.data.scenarios);
}
