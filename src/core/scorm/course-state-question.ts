import type { QuestionBase, StateSliceBase } from '../quiz/question-kind';
import { questionStateKinds, type QuestionStateKinds } from '../quiz/question-state-kinds';

/**
 * What the suspend_data codec needs of a question, and all course-data.json carries of it: kind,
 * id, and what its kind needs to save an answer (the ids a saved response points at; a fill-in's
 * longest text). Answer keys, prompts and feedback stay on the quiz's own page.
 */
export type CourseStateQuestion = StateSliceBase;

/** The slice of `question` course-data.json carries (for the build that writes it). */
export function toCourseStateQuestion(question: QuestionBase): CourseStateQuestion {
  return questionStateKinds.of(question).state.slice(question);
}

/** Guards a question read from course-data.json before the codec trusts it. */
export function isCourseStateQuestion(value: unknown): value is CourseStateQuestion {
  if (typeof value !== 'object' || value === null || !('kind' in value) || !('id' in value)) return false;
  const { kind, id } = value;
  const found = typeof kind === 'string' ? questionStateKinds.find(kind) : undefined;
  return typeof id === 'string' && found !== undefined && found.state.isSlice({ ...value });
}

/**
 * The ids a response to `question` can name, in authored order: saved answers point at them by
 * position, and a learning platform receives them as response identifiers.
 */
export function listResponseIds(question: CourseStateQuestion, kinds: QuestionStateKinds = questionStateKinds): string[] {
  return kinds.of(question).state.ids(question);
}
