import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shownQuestions } from '../../../src/core/quiz/learner-draw';
import type { Question, QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import type { QuestionState } from '../../../src/core/quiz/question-state';
import { isScenarioPlan } from '../../../src/core/scenario/scenario-plan';
import type { ScenarioState } from '../../../src/core/scenario/scenario-state';
import { isCourseStateQuestion } from '../../../src/core/scorm/course-state-question';
import type { StateCourse } from '../../../src/core/scorm/learner-state';
import { encodeLearnerState } from '../../../src/core/scorm/learner-state-codec';
import { distDirectory, type ScormVersion } from './built-site';
import { scormNames, type FlatCmi } from './lms-log';
import { planResponse, type Outcome } from './quiz-answers';
import type { CourseScenario } from './scenario-course';
import { findBestScoringPath, findPathToEnding, type PlannedPath } from './scenario-paths';

// A test about what happens at the end of a course (completion, the final score) starts from a
// learner who did the rest in earlier sessions, as an LMS hands it back on relaunch, instead of
// doing it all again through the page: the browser work stays the same as the curriculum grows.
// The saved state is written with the course's own codec against the built course data, which is
// exactly what the runtime reads it with; what it says comes from the course source.

/** The built course's tracking plan (dist/courses/<id>/course-data.json), as the codec needs it. */
export function readBuiltStateCourse(courseId: string): StateCourse {
  const file = path.join(distDirectory, 'courses', courseId, 'course-data.json');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`${file} holds no course data.`);
  const lessons: unknown = Reflect.get(data, 'lessons');
  const questions: unknown = Reflect.get(data, 'questions');
  const scenarios: unknown = Reflect.get(data, 'scenarios');
  const readId = (lesson: unknown): unknown => (typeof lesson === 'object' && lesson !== null ? Reflect.get(lesson, 'id') : undefined);
  const lessonIds: unknown[] = Array.isArray(lessons) ? lessons.map(readId) : [];
  if (!lessonIds.every((id): id is string => typeof id === 'string') || lessonIds.length === 0) throw new Error(`${file}: no lesson ids.`);
  if (!Array.isArray(questions) || !questions.every(isCourseStateQuestion)) throw new Error(`${file}: questions the codec cannot read.`);
  if (!isScenarioPlan(scenarios)) throw new Error(`${file}: scenarios the codec cannot read.`);
  return { lessonIds, questions, scenarios };
}

/** One question a learner was shown and checked once. */
export interface PriorCheck {
  quizId: string;
  question: Question;
  outcome: Outcome;
}

/** What the learner did in earlier sessions. */
export interface PriorProgress {
  /** Fixes the bank draws (and so which questions each quiz shows). */
  seed: number;
  visitedLessonIds: readonly string[];
  checks: readonly PriorCheck[];
  /** Scenarios played to an ending (the one `finishingPlay` picks). */
  finishedScenarios: readonly CourseScenario[];
  /** The lesson the learner was on when they left. */
  location: string;
}

/** The questions `quiz` shows a learner with `seed`, as the island draws them. */
export function shownQuizQuestions(seed: number, quiz: QuizDefinition): Question[] {
  return shownQuestions(seed, quiz.items);
}

function toQuestionState({ question, outcome }: PriorCheck): QuestionState {
  const correct = question.kind !== 'likert' && outcome === 'right';
  // With one check allowed, a wrong answer shows the right one by itself.
  return { attempts: 1, correct, revealed: !correct && question.attempts === 1, response: planResponse(question, outcome) };
}

/**
 * How the earlier sessions played `scenario` to an ending: a score scenario on a play with the
 * highest total (so a learner with every check right has every point), any other to its nearest ending.
 */
export function finishingPlay(scenario: CourseScenario): PlannedPath {
  return scenario.counts === 'score' ? findBestScoringPath(scenario) : findPathToEnding(scenario);
}

function toFinishedState(scenario: CourseScenario): ScenarioState {
  const { choiceIds, state } = finishingPlay(scenario);
  return { path: choiceIds, endingsReached: [state.sceneId], lastOutcome: { endingId: state.sceneId, scores: { ...state.scores } } };
}

/** What an LMS hands the course on relaunch after `progress` was saved with exit "suspend". */
export function createResumeData(version: ScormVersion, course: StateCourse, progress: PriorProgress): FlatCmi {
  const names = scormNames[version];
  const suspendData = encodeLearnerState(
    {
      seed: progress.seed,
      visitedLessonIds: [...progress.visitedLessonIds],
      questions: Object.fromEntries(progress.checks.map((check) => [check.question.id, toQuestionState(check)])),
      scenarios: Object.fromEntries(progress.finishedScenarios.map((scenario) => [scenario.id, toFinishedState(scenario)])),
    },
    course,
  );
  // The earlier sessions left the course unfinished, so the LMS also hands back "incomplete".
  return { [names.suspendData]: suspendData, [names.location]: progress.location, [names.completion]: 'incomplete', [names.entry]: 'resume' };
}
