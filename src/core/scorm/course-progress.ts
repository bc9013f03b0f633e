/** The part of a lesson that decides course completion. */
export interface TrackedLesson {
  id: string;
  required: boolean;
}

export interface CourseProgress {
  visitedRequired: number;
  totalRequired: number;
  /** visitedRequired / totalRequired, in [0, 1]: what SCORM 2004 `cmi.progress_measure` receives. */
  measure: number;
  /** A course is complete when every required lesson has been visited. */
  complete: boolean;
}

export function measureCourseProgress(
  lessons: readonly TrackedLesson[],
  visitedLessonIds: ReadonlySet<string>,
): CourseProgress {
  const required = lessons.filter((lesson) => lesson.required);
  const visitedRequired = required.filter((lesson) => visitedLessonIds.has(lesson.id)).length;
  const totalRequired = required.length;
  // A course with nothing required has nothing left to do.
  const measure = totalRequired === 0 ? 1 : visitedRequired / totalRequired;
  return { visitedRequired, totalRequired, measure, complete: visitedRequired === totalRequired };
}
