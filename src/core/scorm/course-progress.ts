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

/** How far the learner is through the counted scenarios (a ScenarioAssessment fits). */
export interface CountedScenarioProgress {
  /** Every completion and score scenario has an ending reached. */
  scenariosComplete: boolean;
  /** Counted scenarios with an ending reached. */
  reached: number;
  /** Completion and score scenarios. */
  total: number;
}

export interface CourseProgress {
  visitedRequired: number;
  totalRequired: number;
  /** Answered questions of counted quizzes, out of `totalCountedQuestions`. */
  answeredCountedQuestions: number;
  totalCountedQuestions: number;
  /** Counted scenarios with an ending reached, out of `totalCountedScenarios`. */
  reachedCountedScenarios: number;
  totalCountedScenarios: number;
  /**
   * (visited required lessons + answered counted questions + counted scenarios with an ending) /
   * (required lessons + counted questions + counted scenarios), in [0, 1]: what SCORM 2004
   * `cmi.progress_measure` receives.
   */
  measure: number;
  /** Every required lesson visited, every counted quiz complete, every counted scenario ended once. */
  complete: boolean;
}

/** A course without counted quizzes has no questions left to answer. */
export const NO_COUNTED_QUIZZES: CountedQuizProgress = { quizzesComplete: true, answered: 0, total: 0 };
/** Nor one without counted scenarios any scenario to play. */
export const NO_COUNTED_SCENARIOS: CountedScenarioProgress = { scenariosComplete: true, reached: 0, total: 0 };

export function measureCourseProgress(
  lessons: readonly TrackedLesson[],
  visitedLessonIds: ReadonlySet<string>,
  quizzes: CountedQuizProgress = NO_COUNTED_QUIZZES,
  scenarios: CountedScenarioProgress = NO_COUNTED_SCENARIOS,
): CourseProgress {
  const required = lessons.filter((lesson) => lesson.required);
  const visitedRequired = required.filter((lesson) => visitedLessonIds.has(lesson.id)).length;
  const totalRequired = required.length;
  const answered = Math.min(quizzes.answered, quizzes.total);
  const reached = Math.min(scenarios.reached, scenarios.total);
  const steps = totalRequired + quizzes.total + scenarios.total;
  // A course with nothing required has nothing left to do.
  const measure = steps === 0 ? 1 : (visitedRequired + answered + reached) / steps;
  return {
    visitedRequired,
    totalRequired,
    answeredCountedQuestions: answered,
    totalCountedQuestions: quizzes.total,
    reachedCountedScenarios: reached,
    totalCountedScenarios: scenarios.total,
    measure,
    complete: visitedRequired === totalRequired && quizzes.quizzesComplete && scenarios.scenariosComplete,
  };
}
