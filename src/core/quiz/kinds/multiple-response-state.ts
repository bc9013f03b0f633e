import { readBase36 } from '../../scorm/base36';
import type { QuestionStateKind } from '../question-kind';
import type { ChoiceSlice } from './choice-options';
import { isIdList, listIds, onlyIds } from './id-list';
import type { MultipleResponseQuestion, MultipleResponseResponse } from './multiple-response';

// Saved as a bit mask of authored positions, in base 36.
const longestMask = (ids: readonly string[]) => (2 ** ids.length - 1).toString(36).length;

/** How a multiple response is saved: which authored options were chosen, as a bit mask. */
export const multipleResponseState: QuestionStateKind<MultipleResponseQuestion, MultipleResponseResponse, ChoiceSlice<'multiple'>> = {
  name: 'multiple',
  state: {
    slice: ({ kind, id, options }) => ({ kind, id, options: onlyIds(options) }),
    isSlice: (value): value is typeof value & ChoiceSlice<'multiple'> => isIdList(value.options),
    ids: (slice) => listIds(slice.options),
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
};
