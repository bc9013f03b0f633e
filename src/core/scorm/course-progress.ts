/** The part of a lesson that decides course completion. */
export interface TrackedLesson {
  id: string;
  required: boolean;
}

/** How far the learner is through the counted quizzes (a CourseAssessment fits). */
export interface CountedQuizProgress {
  /** Every counted quiz has each of its shown questions answered. */
  quizzesComplete: boolean;
  /** Answered questions among those the counted quizzes show this learner. */
  answered: number;
  /** Questions the counted quizzes show this learner. */
  total: number;
}

export interface CourseProgress {
  visitedRequired: number;
  totalRequired: number;
  /** Answered questions of counted quizzes, out of `totalCountedQuestions`. */
  answeredCountedQuestions: number;
  totalCountedQuestions: number;
  /**
   * (visited required lessons + answered counted questions) / (required lessons + counted questions),
   * in [0, 1]: what SCORM 2004 `cmi.progress_measure` receives.
   */
  measure: number;
  /** Every required lesson visited and every counted quiz complete. */
  complete: boolean;
}

/** A course without counted quizzes has no questions left to answer. */
export const NO_COUNTED_QUIZZES: CountedQuizProgress = { quizzesComplete: true, answered: 0, total: 0 };

export function measureCourseProgress(
  lessons: readonly TrackedLesson[],
  visitedLessonIds: ReadonlySet<string>,
  quizzes: CountedQuizProgress = NO_COUNTED_QUIZZES,
): CourseProgress {
  const required = lessons.filter((lesson) => lesson.required);
  const visitedRequired = required.filter((lesson) => visitedLessonIds.has(lesson.id)).length;
  const totalRequired = required.length;
  const answered = Math.min(quizzes.answered, quizzes.total);
  const steps = totalRequired + quizzes.total;
  // A course with nothing required has nothing left to do.
  const measure = steps === 0 ? 1 : (visitedRequired + answered) / steps;
  return {
    visitedRequired,
    totalRequired,
    answeredCountedQuestions: answered,
    totalCountedQuestions: quizzes.total,
    measure,
    complete: visitedRequired === totalRequired && quizzes.quizzesComplete,
  };
}
