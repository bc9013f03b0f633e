import { readBase36 } from '../../scorm/base36';
import type { QuestionKind } from '../question-kind';
import {
  choiceAttributes, describeRightOptions, explainChosenOptions, listChoiceItems, OPTION_PART, optionIds, readOptions,
  shuffleOptions, toChoiceInteraction, type ChoiceAttributes, type ChoiceQuestion, type ChoiceSlice,
} from './choice-options';
import { isIdList, onlyIds } from './id-list';

/** `<MultipleResponse>`: one or more right options, answered with checkboxes. */
export interface MultipleResponseQuestion extends ChoiceQuestion {
  kind: 'multiple';
}

export interface MultipleResponseResponse {
  kind: 'multiple';
  /** In authored order, so the same choice always makes the same response. */
  optionIds: string[];
}

// Saved as a bit mask of authored positions, in base 36.
const longestMask = (ids: readonly string[]) => (2 ** ids.length - 1).toString(36).length;

export const multipleResponse: QuestionKind<MultipleResponseQuestion, MultipleResponseResponse, ChoiceSlice<'multiple'>, ChoiceAttributes> = {
  name: 'multiple',
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
  state: {
    slice: ({ kind, id, options }) => ({ kind, id, options: onlyIds(options) }),
    isSlice: (value): value is typeof value & ChoiceSlice<'multiple'> => isIdList(value.options),
    ids: optionIds,
    encode(_slice, response, ids) {
      if (!response.optionIds.every((id) => ids.includes(id))) return undefined;
      const chosen = new Set(response.optionIds);
      return ids.reduce((mask, id, index) => mask + (chosen.has(id) ? 2 ** index : 0), 0).toString(36);
    },
    decode(_slice, body, ids) {
      const mask = body.length <= longestMask(ids) ? readBase36(body) : undefined;
      if (mask === undefined || mask >= 2 ** ids.length) return undefined;
      return { kind: 'multiple', optionIds: ids.filter((_, index) => Math.floor(mask / 2 ** index) % 2 === 1) };
    },
    longest: (_slice, ids) => longestMask(ids),
  },
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
