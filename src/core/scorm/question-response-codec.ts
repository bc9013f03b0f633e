import type { ResponseBase } from '../quiz/question-kind';
import { questionStateKinds, type QuestionStateKinds } from '../quiz/question-state-kinds';
import { hashString } from '../quiz/stable-hash';
import { toBase36 } from './base36';
import { listResponseIds, type CourseStateQuestion } from './course-state-question';
import { MAX_SAVED_CHOICES, SHAPE_LENGTH } from './learner-state-format';

// Each kind saves its responses in its own short form (see QuestionKind.state), mostly authored
// positions of one base-36 digit each; the shape (a hash of the kind and the ids in authored
// order) tells a republished question whose options moved or changed, whose saved positions would
// now point at the wrong things.

export function responseShape(question: CourseStateQuestion, kinds: QuestionStateKinds = questionStateKinds): string {
  return toBase36(hashString(`${question.kind}:${listResponseIds(question, kinds).join(',')}`), SHAPE_LENGTH);
}

/** The ids a saved response may name, or undefined when there are more than one digit can point at (nothing is saved then). */
function savableIds(question: CourseStateQuestion, kinds: QuestionStateKinds): string[] | undefined {
  const ids = listResponseIds(question, kinds);
  return ids.length > MAX_SAVED_CHOICES ? undefined : ids;
}

/** The response body, or undefined when the response does not fit the question as published (then it is not saved). */
export function encodeResponse(question: CourseStateQuestion, response: ResponseBase, kinds: QuestionStateKinds = questionStateKinds): string | undefined {
  const ids = savableIds(question, kinds);
  return ids === undefined || response.kind !== question.kind ? undefined : kinds.of(question).state.encode(question, response, ids);
}

/** Reads a body back against the current question; undefined for anything it cannot hold. */
export function decodeResponse(question: CourseStateQuestion, body: string, kinds: QuestionStateKinds = questionStateKinds): ResponseBase | undefined {
  const ids = savableIds(question, kinds);
  return ids === undefined ? undefined : kinds.of(question).state.decode(question, body, ids);
}

/** Characters of the longest body the question can save. */
export function longestResponse(question: CourseStateQuestion, kinds: QuestionStateKinds = questionStateKinds): number {
  const ids = savableIds(question, kinds);
  return ids === undefined ? 0 : kinds.of(question).state.longest(question, ids);
}
