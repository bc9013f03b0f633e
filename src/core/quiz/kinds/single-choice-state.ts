import { readPositionDigit, toPositionDigit } from '../../scorm/saved-positions';
import type { QuestionStateKind } from '../question-kind';
import type { ChoiceSlice } from './choice-options';
import { isIdList, listIds, onlyIds } from './id-list';
import type { SingleChoiceQuestion, SingleChoiceResponse } from './single-choice';

/** How a single choice is saved: the authored position of the chosen option, one digit. */
export const singleChoiceState: QuestionStateKind<SingleChoiceQuestion, SingleChoiceResponse, ChoiceSlice<'single'>> = {
  name: 'single',
  state: {
    slice: ({ kind, id, options }) => ({ kind, id, options: onlyIds(options) }),
    isSlice: (value): value is typeof value & ChoiceSlice<'single'> => isIdList(value.options),
    ids: (slice) => listIds(slice.options),
    encode: (_slice, response, ids) => toPositionDigit(ids, response.optionId),
    decode(_slice, body, ids) {
      const optionId = readPositionDigit(ids, body);
      return optionId === undefined ? undefined : { kind: 'single', optionId };
    },
    longest: (_slice, ids) => (ids.length > 0 ? 1 : 0),
  },
};
