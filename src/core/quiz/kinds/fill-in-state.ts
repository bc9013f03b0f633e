import { MAX_BODY_LENGTH } from '../../scorm/learner-state-format';
import type { QuestionStateKind } from '../question-kind';
import type { FillInQuestion, FillInResponse } from './fill-in';

export interface FillInSlice {
  kind: 'fill-in';
  id: string;
  /** Bounds the saved answer. */
  maxLength: number;
}

/** Longest text that is saved: the field's maxLength, within what one saved entry can hold. */
const longestSavedText = (slice: FillInSlice) => Math.max(0, Math.min(Math.floor(slice.maxLength), MAX_BODY_LENGTH));

/** How a typed answer is saved: the text itself, up to the field's length. */
export const fillInState: QuestionStateKind<FillInQuestion, FillInResponse, FillInSlice> = {
  name: 'fill-in',
  state: {
    slice: ({ kind, id, maxLength }) => ({ kind, id, maxLength }),
    isSlice: (value): value is typeof value & FillInSlice => typeof value.maxLength === 'number' && Number.isFinite(value.maxLength),
    ids: () => [],
    encode: (slice, response) => (response.text.length <= longestSavedText(slice) ? response.text : undefined),
    decode: (slice, body) => (body.length <= longestSavedText(slice) ? { kind: 'fill-in', text: body } : undefined),
    longest: longestSavedText,
  },
};
