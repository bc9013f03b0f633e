import type { Question, QuestionKindName, QuizDefinition } from '../../src/core/quiz/quiz-definition.ts';
import { listQuizQuestions } from '../../src/core/quiz/quiz-questions.ts';
import type { StateCourse } from '../../src/core/scorm/learner-state.ts';
import type { StateBudgetRow } from './format-state-budget.ts';

export interface StateBudgetCourseOptions {
  lessons: number;
  checks: number;
  questionsPerCheck: number;
  fillInMaxLength: number;
}

/** What the budget section measures by default: a large course with long checks. */
export const LARGE_COURSE: StateBudgetCourseOptions = { lessons: 40, checks: 10, questionsPerCheck: 20, fillInMaxLength: 60 };

// One of each kind in turn, with the option counts authors commonly write: four choices, five
// statements to tick, four pairs, five steps, a five-level scale.
const KIND_ROTATION: readonly { kind: QuestionKindName; choices: number }[] = [
  { kind: 'single', choices: 4 },
  { kind: 'multiple', choices: 5 },
  { kind: 'true-false', choices: 0 },
  { kind: 'fill-in', choices: 0 },
  { kind: 'matching', choices: 4 },
  { kind: 'sequencing', choices: 5 },
  { kind: 'likert', choices: 5 },
];

/** A course of `lessons` lessons and `checks` × `questionsPerCheck` questions of every kind in turn, ids like `check-3-question-17`. */
export function generateStateBudgetCourse(options: StateBudgetCourseOptions): StateCourse<Question> {
  const lessonIds = Array.from({ length: options.lessons }, (_, index) => `lesson-${index + 1}`);
  const questions: Question[] = [];
  for (let check = 1; check <= options.checks; check++) {
    for (let number = 1; number <= options.questionsPerCheck; number++) {
      const { kind, choices } = KIND_ROTATION[questions.length % KIND_ROTATION.length] ?? { kind: 'true-false', choices: 0 };
      const ids = Array.from({ length: choices }, (_, index) => String.fromCharCode(97 + index));
      questions.push(makeQuestion(`check-${check}-question-${number}`, kind, ids, options.fillInMaxLength));
    }
  }
  return { lessonIds, questions };
}

/** Every question the quizzes can show, bank questions included, as the saved state sees the course. */
export function quizzesToStateCourse(lessonIds: readonly string[], quizzes: readonly QuizDefinition[]): StateCourse<Question> {
  const questions = quizzes.flatMap(listQuizQuestions);
  return { lessonIds, questions };
}

/** How many questions of each kind, e.g. "29 single, 29 fill-in". */
export function describeQuestionKinds(questions: readonly Question[]): string {
  const counts = new Map<QuestionKindName, number>();
  for (const question of questions) counts.set(question.kind, (counts.get(question.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

/** A question of `kind` with these option/pair/step/level ids (unused for true-false and fill-in). */
export function makeQuestion(id: string, kind: QuestionKindName, ids: readonly string[], maxLength = 60): Question {
  const base = { id, prompt: `Question ${id}`, weight: kind === 'likert' ? 0 : 1 };
  const texts = ids.map((choice) => ({ id: choice, text: `Choice ${choice}` }));
  switch (kind) {
    case 'single':
    case 'multiple':
      return { ...base, kind, shuffle: false, options: texts.map((option, index) => ({ ...option, correct: index === 0 })) };
    case 'true-false':
      return { ...base, kind, answer: true };
    case 'fill-in':
      return { ...base, kind, accepted: ['peer support'], maxLength };
    case 'numeric':
      return { ...base, kind, range: { min: 10, max: 14 } };
    case 'matching':
      return { ...base, kind, pairs: ids.map((pair) => ({ id: pair, left: `Left ${pair}`, right: `Right ${pair}` })) };
    case 'sequencing':
      return { ...base, kind, steps: texts };
    case 'likert':
      return { ...base, kind, scale: texts };
  }
}

export interface StateBudgetMeasures {
  measureWorstCaseState(course: StateCourse<Question>): number;
  findStateKeyCollisions(course: StateCourse<Question>): { namespace: 'lesson' | 'question'; ids: string[] }[];
}

export function toStateBudgetRow(name: string, course: StateCourse<Question>, measures: StateBudgetMeasures): StateBudgetRow {
  return {
    course: name,
    lessons: new Set(course.lessonIds).size,
    questions: new Set(course.questions.map((question) => question.id)).size,
    kinds: describeQuestionKinds(course.questions),
    worstCaseCharacters: measures.measureWorstCaseState(course),
    keyClashes: measures.findStateKeyCollisions(course).map((clash) => clash.ids.map((id) => `${clash.namespace} ${id}`).join(' = ')),
  };
}
