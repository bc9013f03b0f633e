import type { QuestionKind } from '../question-kind';
import {
  choiceAttributes, describeRightOptions, explainChosenOptions, listChoiceItems, OPTION_PART, optionIds, readOptions,
  shuffleOptions, toChoiceInteraction, type ChoiceAttributes, type ChoiceQuestion, type ChoiceSlice,
} from './choice-options';
import { singleChoiceState } from './single-choice-state';

/** `<SingleChoice>`: one right option, answered with radios. */
export interface SingleChoiceQuestion extends ChoiceQuestion {
  kind: 'single';
}

export interface SingleChoiceResponse {
  kind: 'single';
  optionId: string;
}

export const singleChoice: QuestionKind<SingleChoiceQuestion, SingleChoiceResponse, ChoiceSlice<'single'>, ChoiceAttributes> = {
  ...singleChoiceState,
  scored: true,
  element: {
    name: 'SingleChoice',
    attributes: choiceAttributes,
    switches: ['shuffle'],
    part: OPTION_PART,
    read({ attributes, parts, partsUsable }, report) {
      const options = partsUsable ? readOptions('SingleChoice', true, parts, report) : undefined;
      return attributes && options ? { shuffle: attributes.shuffle, options } : undefined;
    },
  },
  isComplete: (question, response) => optionIds(question).includes(response.optionId),
  isCorrect: (question, response) => question.options.some((option) => option.correct && option.id === response.optionId),
  interaction: (question, response) => toChoiceInteraction(question.options, [response.optionId]),
  shownOrder: shuffleOptions,
  view: {
    controls: ({ question, order, response }) => ({
      widget: 'choices',
      type: 'radio',
      items: listChoiceItems(question, order),
      chosen: response ? [response.optionId] : [],
      choose: (optionId) => ({ kind: 'single', optionId }),
    }),
    needs: () => 'quiz.needsChoice',
    answer: describeRightOptions,
    explain: (question, response) => explainChosenOptions(question, [response.optionId]),
  },
};
