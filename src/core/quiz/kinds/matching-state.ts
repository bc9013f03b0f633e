import { readPositionDigit, toPositionDigit } from '../../scorm/saved-positions';
import type { QuestionStateKind } from '../question-kind';
import { isIdList, listIds, onlyIds } from './id-list';
import type { MatchingQuestion, MatchingResponse } from './matching';

export interface MatchingSlice {
  kind: 'matching';
  id: string;
  pairs: { id: string }[];
}

/** How a matching answer is saved: for each left in authored order, the position of its right. */
export const matchingState: QuestionStateKind<MatchingQuestion, MatchingResponse, MatchingSlice> = {
  name: 'matching',
  state: {
    slice: ({ kind, id, pairs }) => ({ kind, id, pairs: onlyIds(pairs) }),
    isSlice: (value): value is typeof value & MatchingSlice => isIdList(value.pairs),
    ids: (slice) => listIds(slice.pairs),
    // One digit per left in authored order: the position of its right, or "-" when unmatched.
    encode(_slice, response, ids) {
      const digits = ids.map(() => '-');
      for (const [left, right] of response.matches) {
        const at = ids.indexOf(left);
        const chosen = toPositionDigit(ids, right);
        if (at < 0 || chosen === undefined || digits[at] !== '-') return undefined;
        digits[at] = chosen;
      }
      return digits.join('');
    },
    decode(_slice, body, ids) {
      const digits = Array.from(body);
      if (digits.length !== ids.length) return undefined;
      const matches: [string, string][] = [];
      for (const [index, digit] of digits.entries()) {
        const left = ids[index];
        if (digit === '-' || left === undefined) continue;
        const right = readPositionDigit(ids, digit);
        if (right === undefined) return undefined;
        matches.push([left, right]);
      }
      return { kind: 'matching', matches };
    },
    longest: (_slice, ids) => ids.length,
  },
};
