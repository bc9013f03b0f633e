import { readPositionDigit, toPositionDigit } from '../../scorm/saved-positions';
import type { QuestionStateKind } from '../question-kind';
import { isIdList, listIds, onlyIds } from './id-list';
import type { LikertQuestion, LikertResponse } from './likert';

export interface LikertSlice {
  kind: 'likert';
  id: string;
  scale: { id: string }[];
}

/** How a self-assessment is saved: the authored position of the level, one digit. */
export const likertState: QuestionStateKind<LikertQuestion, LikertResponse, LikertSlice> = {
  name: 'likert',
  state: {
    slice: ({ kind, id, scale }) => ({ kind, id, scale: onlyIds(scale) }),
    isSlice: (value): value is typeof value & LikertSlice => isIdList(value.scale),
    ids: (slice) => listIds(slice.scale),
    encode: (_slice, response, ids) => toPositionDigit(ids, response.levelId),
    decode(_slice, body, ids) {
      const levelId = readPositionDigit(ids, body);
      return levelId === undefined ? undefined : { kind: 'likert', levelId };
    },
    longest: (_slice, ids) => (ids.length > 0 ? 1 : 0),
  },
};
