import { readPositionDigit, toPositionDigit } from '../../scorm/saved-positions';
import type { QuestionStateKind } from '../question-kind';
import { isIdList, listIds, onlyIds } from './id-list';
import type { SequencingQuestion, SequencingResponse } from './sequencing';

export interface SequencingSlice {
  kind: 'sequencing';
  id: string;
  steps: { id: string }[];
}

/** How an order is saved: the authored position of each step, in the learner's order. */
export const sequencingState: QuestionStateKind<SequencingQuestion, SequencingResponse, SequencingSlice> = {
  name: 'sequencing',
  state: {
    slice: ({ kind, id, steps }) => ({ kind, id, steps: onlyIds(steps) }),
    isSlice: (value): value is typeof value & SequencingSlice => isIdList(value.steps),
    ids: (slice) => listIds(slice.steps),
    encode(_slice, response, ids) {
      const digits = response.order.map((id) => toPositionDigit(ids, id));
      const unique = new Set(response.order).size === response.order.length;
      return unique && digits.every((digit) => digit !== undefined) ? digits.join('') : undefined;
    },
    decode(_slice, body, ids) {
      const order = Array.from(body).map((digit) => readPositionDigit(ids, digit));
      const known = order.filter((id) => id !== undefined);
      const valid = order.length <= ids.length && known.length === order.length && new Set(known).size === known.length;
      return valid ? { kind: 'sequencing', order: known } : undefined;
    },
    longest: (_slice, ids) => ids.length,
  },
};
