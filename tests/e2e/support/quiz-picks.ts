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
function pickQuizzesCoveringEveryFeature(): QuizDefinition[] {
  return pickCovering(loadCourseQuizzes().quizzes, featuresShownByAnyDraw);
}

/** A lesson with picked quizzes, and the features they are the first of the picks to show. */
export interface FeatureLesson {
  lessonId: string;
  quizzes: QuizDefinition[];
  features: string[];
}

/**
 * The quizzes pickQuizzesCoveringEveryFeature picks, grouped by lesson, each lesson with the features
 * its quizzes add to the earlier picks': one browser test per lesson answers those, so the work is
 * split in tests that can run side by side.
 */
export function planEveryFeatureByLesson(): FeatureLesson[] {
  const covered = new Set<string>();
  const lessons = new Map<string, FeatureLesson>();
  for (const quiz of pickQuizzesCoveringEveryFeature()) {
    const lesson = lessons.get(quiz.lessonId) ?? { lessonId: quiz.lessonId, quizzes: [], features: [] };
    lessons.set(quiz.lessonId, lesson);
    lesson.quizzes.push(quiz);
    for (const feature of featuresShownByAnyDraw(quiz)) {
      if (covered.has(feature)) continue;
      covered.add(feature);
      lesson.features.push(feature);
    }
  }
  return [...lessons.values()];
}

/** Roughly how many key presses answering a question of each kind takes (and so how long it takes in a browser). */
const keyPresses: Record<Question['kind'], number> = { single: 1, 'true-false': 1, likert: 1, multiple: 2, 'fill-in': 2, numeric: 2, matching: 4, sequencing: 4 };

/** What answering `quiz` once costs by keyboard: each shown question's presses (a bank's dearest, per draw). */
function answeringCost(quiz: QuizDefinition): number {
  return quiz.items.reduce((sum, item) => sum + (item.kind === 'bank' ? item.draw * Math.max(...item.questions.map((question) => keyPresses[question.kind])) : keyPresses[item.kind]), 0);
}

/**
 * The counted quiz quickest to answer by keyboard (the earliest on a tie), for tests about the
 * course's result, where which check decides does not matter but every press is browser time.
 */
export function pickQuickestCountedQuiz(): QuizDefinition {
  const [quickest] = [...countedQuizzes()].sort((first, second) => answeringCost(first) - answeringCost(second));
  if (!quickest) throw new Error('The course has no counted quiz.');
  return quickest;
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
