import type { Question, QuizDefinition } from './quiz-definition';

/** Every question a quiz can show to some learner: plain ones and all of each bank's, in authored order. */
export function listQuizQuestions(quiz: Pick<QuizDefinition, 'items'>): Question[] {
  return quiz.items.flatMap((item) => (item.kind === 'bank' ? item.questions : [item]));
}

/** The pass mark a quiz is held to: a counted quiz without one of its own uses the course's. */
export function effectivePassMark(quiz: Pick<QuizDefinition, 'counts' | 'passMark'>, coursePassMark: number): number | undefined {
  return quiz.counts ? (quiz.passMark ?? coursePassMark) : quiz.passMark;
}
