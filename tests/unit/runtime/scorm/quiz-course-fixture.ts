import { toAssessmentPlan } from '../../../../src/core/quiz/course-assessment-plan';
import { drawBank } from '../../../../src/core/quiz/learner-draw';
import { checkAnswer } from '../../../../src/core/quiz/question-progress';
import { toInteractionRecord } from '../../../../src/core/quiz/question-interaction';
import type { QuestionResponse, QuestionState } from '../../../../src/core/quiz/question-state';
import type { Question, QuestionBank, QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { toCourseStateQuestion } from '../../../../src/core/scorm/course-state-question';
import { SEED } from './tracker-fixtures';
import { defined, itemAt } from '../../../support/defined';

const choice = (id: string, weight: number): Question => ({
  kind: 'single', id, prompt: `Which fits ${id}?`, weight, shuffle: false,
  options: [{ id: 'mutual', text: 'Mutual', correct: true }, { id: 'advice', text: 'Advice', correct: false }],
});

export const peerSupport = choice('what-peer-support-is', 2);
export const diagnose: Question = { kind: 'true-false', id: 'peers-diagnose', prompt: 'Peer workers diagnose.', weight: 1, answer: false };
export const boundaryBank: QuestionBank = { kind: 'bank', id: 'boundary-bank', draw: 1, questions: [choice('boundary-a', 1), choice('boundary-b', 1)] };
export const matchSkills: Question = {
  kind: 'matching', id: 'match-skills', prompt: 'Match each skill.', weight: 1,
  pairs: [{ id: 'listen', left: 'Listening', right: 'Hearing' }, { id: 'share', left: 'Sharing', right: 'Your story' }],
};
export const nameTheRole: Question = { kind: 'fill-in', id: 'name-the-role', prompt: 'Name the role.', weight: 1, maxLength: 40, accepted: ['peer support'] };
export const readiness: Question = {
  kind: 'likert', id: 'ready-to-listen', prompt: 'How ready do I feel?', weight: 0,
  scale: [{ id: 'not-yet', text: 'Not yet' }, { id: 'ready', text: 'Ready' }],
};

/** Counted: two plain questions and a bank drawing one of two, pass mark 80. */
export const countedQuiz: QuizDefinition = {
  id: 'listening-check', lessonId: 'listening', counts: true, passMark: 80, bands: [], items: [peerSupport, diagnose, boundaryBank],
};
/** Formative: saved and restored, never scored. */
export const practiceQuiz: QuizDefinition = {
  id: 'practice', lessonId: 'welcome', counts: false, bands: [], items: [matchSkills, nameTheRole, readiness],
};

export const allQuestions: Question[] = [peerSupport, diagnose, ...boundaryBank.questions, matchSkills, nameTheRole, readiness];
/** The bank question the fixture seed draws. */
export const drawnBoundary: Question = itemAt(drawBank(SEED, boundaryBank), 0);
export const undrawnBoundary: Question = defined(boundaryBank.questions.find((question) => question !== drawnBoundary), 'a bank question the seed does not draw');

/** What tracking is given: the course JSON's `questions` and `assessment` (course pass mark 80, as the quiz's own). */
export const quizCourse = {
  questions: allQuestions.map(toCourseStateQuestion),
  assessment: toAssessmentPlan([countedQuiz, practiceQuiz], 80),
};

export const timestamp = new Date(2025, 2, 4, 9, 5, 7);

/** A check of `question` as the island makes it: the new state and its interaction. */
export function check(question: Question, response: QuestionResponse, previous?: QuestionState, quizId = countedQuiz.id, courseId = 'peer-basics') {
  const state = checkAnswer(question, previous, response);
  const interaction = toInteractionRecord({ courseId, quizId, question, response, correct: state.correct, timestamp });
  return { state, interaction };
}

export const right = { kind: 'single', optionId: 'mutual' } as const;
export const wrong = { kind: 'single', optionId: 'advice' } as const;
