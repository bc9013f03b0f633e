import { shuffleIds } from '../learner-draw';
import type { QuestionBase, QuestionKind } from '../question-kind';
import { sequencingState, type SequencingSlice } from './sequencing-state';
import { isPermutationOf, listIds, MOST_RECORDED_PARTS } from './id-list';

/** `<Sequencing>`: steps put in order with "Move up" / "Move down". */
export interface SequencingQuestion extends QuestionBase {
  kind: 'sequencing';
  /** In the correct order; shown shuffled. */
  steps: SequenceStep[];
}

export interface SequenceStep {
  id: string;
  text: string;
}

export interface SequencingResponse {
  kind: 'sequencing';
  /** Step ids in the order the learner put them. */
  order: string[];
}

const sameIds = (first: readonly string[], second: readonly string[]) =>
  first.length === second.length && first.every((id, index) => id === second[index]);

export const sequencing: QuestionKind<SequencingQuestion, SequencingResponse, SequencingSlice> = {
  ...sequencingState,
  scored: true,
  element: {
    name: 'Sequencing',
    part: {
      name: 'Step',
      hasId: true,
      text: 'the step',
      one: 'step',
      many: 'steps',
      example: '`<Step>…</Step>`',
      fewest: 2,
      most: MOST_RECORDED_PARTS,
    },
    read: ({ attributes, parts, partsUsable }) => (attributes && partsUsable ? { steps: parts.map(({ id, text }) => ({ id, text })) } : undefined),
  },
  isComplete: (question, response) => isPermutationOf(response.order, listIds(question.steps)),
  isCorrect: (question, response) => sameIds(response.order, listIds(question.steps)),
  interaction(question, response) {
    const options = listIds(question.steps);
    return { type: 'sequencing', response: response.order, correctResponse: options, options };
  },
  shownOrder(seed, question) {
    const authored = listIds(question.steps);
    const steps = shuffleIds(seed, question.id, authored);
    const [first, ...rest] = steps;
    // Never shown in the correct order: moving the first step to the end always breaks it, and stays deterministic.
    return sameIds(steps, authored) && first !== undefined && rest.length > 0 ? [...rest, first] : steps;
  },
  view: {
    controls({ question, order, response }) {
      const byId = new Map(question.steps.map((step) => [step.id, step]));
      return {
        widget: 'order',
        items: (response?.order ?? order ?? listIds(question.steps)).flatMap((id) => byId.get(id) ?? []),
        reorder: (ids) => ({ kind: 'sequencing', order: ids }),
      };
    },
    // A sequence is always a complete answer: the order it is shown in.
    initialResponse: (question, order) => ({ kind: 'sequencing', order: [...(order ?? listIds(question.steps))] }),
    needs: () => 'quiz.needsChoice',
    answer: (question) => [{ list: question.steps.map((step) => step.text), ordered: true }],
    explain(question, response, correct) {
      if (correct) return [];
      const inPlace = response.order.filter((id, index) => question.steps[index]?.id === id).length;
      return [{ key: 'count', text: { label: 'quiz.stepsInPlace', values: { count: inPlace, total: question.steps.length } } }];
    },
  },
};
