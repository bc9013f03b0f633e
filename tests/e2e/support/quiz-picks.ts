import type { Question, QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import { listAllQuestions } from './course-quizzes';
import { pickCovering } from './pick-covering';
import { loadCourseQuizzes } from './quiz-learner';

// Which of the course's questions a test answers, chosen from the source by what they are, so the
// tests follow the course when authors add, move or change questions.

export const countedQuizzes = (): QuizDefinition[] => loadCourseQuizzes().quizzes.filter((quiz) => quiz.counts);

/**
 * What answering this question adds to the test's coverage: its kind, counted or practice, drawn
 * from a bank, and choices shown in the learner's shuffled order (1.2 still sends authored positions).
 */
export function describeFeatures(quiz: QuizDefinition, question: Question): string[] {
  const inBank = quiz.items.some((item) => item.kind === 'bank' && item.questions.includes(question));
  const shuffled = (question.kind === 'single' || question.kind === 'multiple') && question.shuffle;
  return [question.kind, quiz.counts ? 'counted' : 'practice', ...(inBank ? ['bank'] : []), ...(shuffled ? ['shuffled choices'] : [])];
}

/** What a quiz shows every learner: each plain question's features, and what all of a bank's questions share. */
function featuresShownByAnyDraw(quiz: QuizDefinition): Set<string> {
  return new Set(quiz.items.flatMap((item) => {
    if (item.kind !== 'bank') return describeFeatures(quiz, item);
    const [first, ...others] = item.questions.map((question) => describeFeatures(quiz, question));
    return (first ?? []).filter((feature) => others.every((features) => features.includes(feature)));
  }));
}

/**
 * Few quizzes that between them show every feature the course's quizzes have (kinds, counted and
 * practice, banks, shuffled choices), whatever the draw.
 */
export function pickQuizzesCoveringEveryFeature(): QuizDefinition[] {
  return pickCovering(loadCourseQuizzes().quizzes, featuresShownByAnyDraw);
}

/** The first practice quiz whose first three questions are scored and the third may be revealed after one check. */
export function pickPracticeQuizWithReveal(): { quiz: QuizDefinition; questions: [Question, Question, Question] } {
  for (const quiz of loadCourseQuizzes().quizzes.filter((candidate) => !candidate.counts && candidate.items.every((item) => item.kind !== 'bank'))) {
    const [first, second, third] = listAllQuestions(quiz);
    if (!first || !second || !third || [first, second, third].some((question) => question.kind === 'likert')) continue;
    if (third.revealAfter === 1 || third.attempts === 1) return { quiz, questions: [first, second, third] };
  }
  throw new Error('The course has no practice quiz with three scored questions whose third can be revealed after one check.');
}

/** The sequencing question with the most steps (in course order on a tie), and its quiz. */
export function pickSequencingQuestion(): { quiz: QuizDefinition; question: Extract<Question, { kind: 'sequencing' }> } {
  const candidates = loadCourseQuizzes().quizzes.flatMap((quiz) =>
    quiz.items.flatMap((item) => (item.kind === 'sequencing' ? [{ quiz, question: item }] : [])),
  );
  const best = candidates.sort((first, second) => second.question.steps.length - first.question.steps.length)[0];
  if (!best || best.question.steps.length < 3) throw new Error('The course has no sequencing question (outside a bank) with three or more steps.');
  return best;
}

/** The first fill-in question (outside a bank) in course order, and its quiz. */
export function pickFillInQuestion(): { quiz: QuizDefinition; question: Extract<Question, { kind: 'fill-in' }> } {
  for (const quiz of loadCourseQuizzes().quizzes) {
    const question = quiz.items.find((item): item is Extract<Question, { kind: 'fill-in' }> => item.kind === 'fill-in');
    if (question) return { quiz, question };
  }
  throw new Error('The course has no fill-in question outside a bank.');
}
