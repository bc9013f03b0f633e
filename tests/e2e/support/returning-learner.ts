import type { QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { ScormVersion } from './built-site';
import type { FlatCmi } from './lms-log';
import type { ScenarioPlay } from './course-result';
import { createResumeData, finishingPlay, readBuiltStateCourse, shownQuizQuestions, type PriorCheck, type PriorProgress } from './prior-progress';
import { planResponse } from './quiz-answers';
import { loadCourseQuizzes, type AnsweredQuestion } from './quiz-learner';
import { countedScenarios } from './scenario-course';

// A test about how a course ends starts from a learner who did everything else in earlier
// sessions, handed back by the LMS as it would be on relaunch. The browser does only the last
// steps, so the test costs the same however many modules the course has.

/** Any seed does; a fixed one makes the bank draws the same on every run. */
const earlierSeed = 20_250;

/** A learner coming back to the course, and what the LMS hands it at this launch. */
export interface ReturningLearner {
  progress: PriorProgress;
  launchData: FlatCmi;
  /** The checks made in earlier sessions, as the course result counts them. */
  earlierChecks: AnsweredQuestion[];
  /** The scenarios that count, as played in earlier sessions (score scenarios for every point). */
  earlierPlays: ScenarioPlay[];
}

export interface ReturningLearnerPlan {
  /** The one counted quiz still to do: every other one was answered right earlier. */
  openQuiz: QuizDefinition;
  /** Lessons not opened yet; every other lesson was. */
  unvisitedLessonIds?: readonly string[];
  /** The lesson the learner left on (their bookmark). */
  location: string;
  /** Questions answered wrong earlier (once, in the bank draw shown); every other was answered right. */
  wrongEarlier?: ReadonlySet<string>;
}

function toAnswered({ quizId, question, outcome }: PriorCheck): AnsweredQuestion {
  return { quizId, question, response: planResponse(question, outcome), correct: question.kind !== 'likert' && outcome === 'right' };
}

/**
 * A learner who, in earlier sessions, opened every lesson but `unvisitedLessonIds`, answered each
 * question shown in every counted quiz but `openQuiz` (right, but for `wrongEarlier`), played each
 * scenario that counts to an ending (a score scenario on a play with the highest total), and left (exit "suspend") on `location`.
 */
export function planReturningLearner(version: ScormVersion, plan: ReturningLearnerPlan): ReturningLearner {
  const { courseId, quizzes } = loadCourseQuizzes();
  const course = readBuiltStateCourse(courseId);
  const unvisited = new Set(plan.unvisitedLessonIds ?? []);
  const checks = quizzes
    .filter((quiz) => quiz.counts && quiz.id !== plan.openQuiz.id)
    .flatMap((quiz) => shownQuizQuestions(earlierSeed, quiz).map((question): PriorCheck => ({ quizId: quiz.id, question, outcome: plan.wrongEarlier?.has(question.id) ? 'wrong' : 'right' })));
  const progress: PriorProgress = {
    seed: earlierSeed,
    visitedLessonIds: course.lessonIds.filter((lessonId) => !unvisited.has(lessonId)),
    checks,
    finishedScenarios: countedScenarios(),
    location: plan.location,
  };
  const earlierPlays = progress.finishedScenarios.map((scenario) => ({ scenario, state: finishingPlay(scenario).state }));
  return { progress, launchData: createResumeData(version, course, progress), earlierChecks: checks.map(toAnswered), earlierPlays };
}
