import type { QuestionKind } from '../question-kind';
import {
  choiceAttributes, describeRightOptions, explainChosenOptions, listChoiceItems, OPTION_PART, optionIds, readOptions,
  shuffleOptions, toChoiceInteraction, type ChoiceAttributes, type ChoiceQuestion, type ChoiceSlice,
} from './choice-options';
import { multipleResponseState } from './multiple-response-state';

/** `<MultipleResponse>`: one or more right options, answered with checkboxes. */
export interface MultipleResponseQuestion extends ChoiceQuestion {
  kind: 'multiple';
}

export interface MultipleResponseResponse {
  kind: 'multiple';
  /** In authored order, so the same choice always makes the same response. */
  optionIds: string[];
}

export const multipleResponse: QuestionKind<MultipleResponseQuestion, MultipleResponseResponse, ChoiceSlice<'multiple'>, ChoiceAttributes> = {
  ...multipleResponseState,
  scored: true,
  element: {
    name: 'MultipleResponse',
    attributes: choiceAttributes,
    switches: ['shuffle'],
    part: OPTION_PART,
    read({ attributes, parts, partsUsable }, report) {
      const options = partsUsable ? readOptions('MultipleResponse', false, parts, report) : undefined;
      return attributes && options ? { shuffle: attributes.shuffle, options } : undefined;
    },
  },
  isComplete: (question, response) => response.optionIds.length > 0 && response.optionIds.every((id) => optionIds(question).includes(id)),
  isCorrect(question, response) {
    const chosen = new Set(response.optionIds);
    const correct = question.options.filter((option) => option.correct).map((option) => option.id);
    return chosen.size === correct.length && correct.every((id) => chosen.has(id));
  },
  interaction: (question, response) => toChoiceInteraction(question.options, response.optionIds),
  shownOrder: shuffleOptions,
  view: {
    controls: ({ question, order, response }) => {
      const chosen = response?.optionIds ?? [];
      return {
        widget: 'choices',
        type: 'checkbox',
        items: listChoiceItems(question, order),
        chosen,
        choose(id, checked) {
          const next = new Set(chosen);
          if (checked) next.add(id);
          else next.delete(id);
          return { kind: 'multiple', optionIds: optionIds(question).filter((optionId) => next.has(optionId)) };
        },
      };
    },
    needs: () => 'quiz.needsChoices',
    answer: describeRightOptions,
    explain: (question, response) => explainChosenOptions(question, response.optionIds),
  },
};
