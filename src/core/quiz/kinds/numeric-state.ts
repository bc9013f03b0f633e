import type { QuestionStateKind } from '../question-kind';
import type { NumericQuestion, NumericResponse } from './numeric';

export interface NumericSlice {
  kind: 'numeric';
  id: string;
}

// Ten whole digits and seven decimals: what SCORM's CMIDecimal and real(10,7) hold.
const NUMBER = /^[+-]?\d{1,10}(?:[.,]\d{1,7})?$/;
export const LONGEST_NUMBER = 19;

/** The number typed, with a dot or a comma for decimals (English or Danish) and spaces ignored; undefined for anything else. */
export function readTypedNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/gu, '').replace('\u2212', '-');
  return NUMBER.test(compact) ? Number(compact.replace(',', '.')) : undefined;
}

/** How a numeric answer is saved: as typed, when it is a number. */
export const numericState: QuestionStateKind<NumericQuestion, NumericResponse, NumericSlice> = {
  name: 'numeric',
  state: {
    slice: ({ kind, id }) => ({ kind, id }),
    isSlice: (_value): _value is Readonly<Record<string, unknown>> & NumericSlice => true,
    ids: () => [],
    encode: (_slice, response) => (response.text.length <= LONGEST_NUMBER && readTypedNumber(response.text) !== undefined ? response.text : undefined),
    decode: (_slice, body) => (body.length <= LONGEST_NUMBER && readTypedNumber(body) !== undefined ? { kind: 'numeric', text: body } : undefined),
    longest: () => LONGEST_NUMBER,
  },
};
