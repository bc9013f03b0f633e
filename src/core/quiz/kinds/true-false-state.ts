import type { QuestionStateKind } from '../question-kind';
import type { TrueFalseQuestion, TrueFalseResponse } from './true-false';

export interface TrueFalseSlice {
  kind: 'true-false';
  id: string;
}

/** How a true/false answer is saved: "t" or "f". */
export const trueFalseState: QuestionStateKind<TrueFalseQuestion, TrueFalseResponse, TrueFalseSlice> = {
  name: 'true-false',
  state: {
    slice: ({ kind, id }) => ({ kind, id }),
    isSlice: (_value): _value is Readonly<Record<string, unknown>> & TrueFalseSlice => true,
    ids: () => [],
    encode: (_slice, response) => (response.value ? 't' : 'f'),
    decode: (_slice, body) => (body === 't' || body === 'f' ? { kind: 'true-false', value: body === 't' } : undefined),
    longest: () => 1,
  },
};
