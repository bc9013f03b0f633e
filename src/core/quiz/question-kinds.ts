import { fillIn } from './kinds/fill-in';
import { likert } from './kinds/likert';
import { matching } from './kinds/matching';
import { multipleResponse } from './kinds/multiple-response';
import { numeric } from './kinds/numeric';
import { sequencing } from './kinds/sequencing';
import { singleChoice } from './kinds/single-choice';
import { trueFalse } from './kinds/true-false';
import type { AnyQuestionKind, ResponseBase } from './question-kind';
import { indexQuestionKinds, type QuestionStateKinds } from './question-state-kinds';

/**
 * Every kind of question, in the order the README lists them. A new kind is its two files in
 * kinds/ (see question-kind.ts), a line here and one in question-state-kinds.ts; reading MDX,
 * checking, SCORM, saved state and the quiz island all go through these lists.
 */
export const BUILT_IN_QUESTION_KINDS = [singleChoice, multipleResponse, trueFalse, fillIn, numeric, matching, sequencing, likert] as const;

type BuiltIn = (typeof BUILT_IN_QUESTION_KINDS)[number];
type Parts<K> = K extends { isCorrect(question: infer Q, response: infer R): boolean } ? { question: Q; response: R } : never;

/** A question of any built-in kind, as the build hands it to pages and islands. */
export type Question = Parts<BuiltIn>['question'];
/** A learner's answer to a question of any built-in kind. */
export type QuestionResponse = Parts<BuiltIn>['response'];
export type QuestionKindName = Question['kind'];
/**
 * Any learner's answer: one of a built-in kind (so an answer written out in full is checked
 * against its kind's fields) or one of a kind another registry adds.
 */
export type AnyResponse = QuestionResponse | ResponseBase;

/** Kinds by name and by MDX element. */
export interface QuestionKinds extends QuestionStateKinds<AnyQuestionKind> {
  /** The kind whose MDX element is `name`, e.g. "SingleChoice". */
  byElement(name: string): AnyQuestionKind | undefined;
}

export function createQuestionKinds(list: readonly AnyQuestionKind[]): QuestionKinds {
  const byElement = new Map(list.map((kind) => [kind.element.name, kind]));
  if (byElement.size !== list.length) throw new RangeError('Two question kinds share an element');
  return { ...indexQuestionKinds(list), byElement: (name) => byElement.get(name) };
}

export const questionKinds = createQuestionKinds(BUILT_IN_QUESTION_KINDS);
