import { fillInState } from './kinds/fill-in-state';
import { likertState } from './kinds/likert-state';
import { matchingState } from './kinds/matching-state';
import { multipleResponseState } from './kinds/multiple-response-state';
import { numericState } from './kinds/numeric-state';
import { sequencingState } from './kinds/sequencing-state';
import { singleChoiceState } from './kinds/single-choice-state';
import { trueFalseState } from './kinds/true-false-state';
import type { AnyQuestionStateKind } from './question-kind';

/**
 * The saved-state part of every kind of question, in the order of question-kinds.ts (a unit test
 * keeps the two lists alike). The tracking every page runs needs only this list: importing
 * question-kinds.ts instead would put every kind's checking and rendering code on reading pages.
 */
export const BUILT_IN_QUESTION_STATES = [
  singleChoiceState, multipleResponseState, trueFalseState, fillInState, numericState, matchingState, sequencingState, likertState,
] as const;

/** Kinds by their stored name: the saved-state parts, or whole kinds (QuestionKinds is one too). */
export interface QuestionStateKinds<K extends AnyQuestionStateKind = AnyQuestionStateKind> {
  readonly list: readonly K[];
  find(name: string): K | undefined;
  /** The kind of a question the build made; throws for an unknown one, which only a bug could give. */
  of(question: { kind: string }): K;
}

export function indexQuestionKinds<K extends AnyQuestionStateKind>(list: readonly K[]): QuestionStateKinds<K> {
  const byName = new Map(list.map((kind) => [kind.name, kind]));
  if (byName.size !== list.length) throw new RangeError('Two question kinds share a name');
  return {
    list,
    find: (name) => byName.get(name),
    of(question) {
      const kind = byName.get(question.kind);
      if (!kind) throw new RangeError(`No question kind is called "${question.kind}"`);
      return kind;
    },
  };
}

export const questionStateKinds: QuestionStateKinds = indexQuestionKinds<AnyQuestionStateKind>(BUILT_IN_QUESTION_STATES);
