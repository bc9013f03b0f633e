import type { Language } from '../../../i18n/strings';
import type { NumericRange } from '../../scorm/interaction';
import type { AttributesOf, QuestionBase, QuestionKind, Zod } from '../question-kind';
import type { AnswerBlock, ViewText } from '../question-view';
import { LONGEST_NUMBER, numericState, readTypedNumber, type NumericSlice } from './numeric-state';

/** `<Numeric>`: a number, right when it is the answer (give or take a tolerance) or within a range. */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  /** The right numbers, ends included; an open end has no bound. */
  range: NumericRange;
  /** The number the author gave as the answer, when they wrote one rather than a range. */
  answer?: number;
  /** How far from `answer` still counts as right. */
  tolerance?: number;
  /** Written after the field and the answer, e.g. "weeks". */
  unit?: string;
}

export interface NumericResponse {
  kind: 'numeric';
  /** What the learner typed, kept as typed so the field shows it back unchanged. */
  text: string;
}

// answer ± tolerance is worked out in binary floating point: 0.1 + 0.2 must still count as 0.3.
const SLACK = 1e-9;

const within = (range: NumericRange, value: number) => {
  const slack = (bound: number) => SLACK * Math.max(1, Math.abs(bound));
  return (range.min === undefined || value >= range.min - slack(range.min)) && (range.max === undefined || value <= range.max + slack(range.max));
};

const numericAttributes = (z: Zod) => {
  const scormNumber = z.number().gt(-1e10).lt(1e10);
  return {
    /** The right number. */
    answer: scormNumber.optional(),
    /** How far from `answer` still counts as right, e.g. `tolerance={0.5}`. */
    tolerance: z.number().min(0).lt(1e10).optional(),
    /** The lowest right number, for an answer that is a range. */
    min: scormNumber.optional(),
    /** The highest right number, for an answer that is a range. */
    max: scormNumber.optional(),
    /** The unit the number is in, shown after the field, e.g. `unit="weeks"`. */
    unit: z.string().min(1).optional(),
  };
};

function describeRight(question: NumericQuestion, language: Language): ViewText {
  const show = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 7 }).format(value);
  const unit = question.unit ? ` ${question.unit}` : '';
  const { answer, tolerance, range } = question;
  if (answer !== undefined && tolerance) return { label: 'quiz.numberAround', values: { answer: `${show(answer)}${unit}`, tolerance: `${show(tolerance)}${unit}` } };
  if (answer !== undefined) return `${show(answer)}${unit}`;
  if (range.min !== undefined && range.max !== undefined) return { label: 'quiz.numberBetween', values: { min: show(range.min), max: `${show(range.max)}${unit}` } };
  if (range.min !== undefined) return { label: 'quiz.numberAtLeast', values: { min: `${show(range.min)}${unit}` } };
  return { label: 'quiz.numberAtMost', values: { max: `${show(range.max ?? 0)}${unit}` } };
}

export const numeric: QuestionKind<NumericQuestion, NumericResponse, NumericSlice, AttributesOf<typeof numericAttributes>> = {
  ...numericState,
  scored: true,
  element: {
    name: 'Numeric',
    attributes: numericAttributes,
    sampleNumbers: { answer: 12, tolerance: 1 },
    read({ attributes }, report) {
      if (!attributes) return undefined;
      const { answer, tolerance, min, max, unit } = attributes;
      const ranged = min !== undefined || max !== undefined;
      if (answer === undefined && !ranged) {
        report({
          message: '`<Numeric>` has no `answer`, `min` or `max`, so no answer could be right.',
          hint: 'Add the right number, e.g. `answer={12}` (with `tolerance={1}` if near answers count too), or a range, e.g. `min={10} max={14}`.',
        });
        return undefined;
      }
      if (answer !== undefined && ranged) {
        report({
          message: '`<Numeric>` has both an `answer` and a range (`min`/`max`), so it is unclear which numbers are right.',
          hint: 'Keep `answer` (and `tolerance`), or keep `min` and `max`, not both.',
        });
        return undefined;
      }
      if (tolerance !== undefined && answer === undefined) {
        report({ message: '`<Numeric>` has a `tolerance` but no `answer` for it to apply to.', hint: 'Remove `tolerance`, or write the answer as `answer={…}` instead of `min`/`max`.' });
        return undefined;
      }
      if (min !== undefined && max !== undefined && min > max) {
        report({ message: `The \`min\` of \`<Numeric>\` (${min}) is above its \`max\` (${max}), so no number could be right.`, hint: 'Swap them, so `min` is the lower number.' });
        return undefined;
      }
      const range = answer === undefined ? { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } : { min: answer - (tolerance ?? 0), max: answer + (tolerance ?? 0) };
      return { range, ...(answer === undefined ? {} : { answer }), ...(tolerance ? { tolerance } : {}), ...(unit === undefined ? {} : { unit }) };
    },
  },
  isComplete: (_question, response) => readTypedNumber(response.text) !== undefined,
  isCorrect(question, response) {
    const value = readTypedNumber(response.text);
    return value !== undefined && within(question.range, value);
  },
  interaction(question, response) {
    const value = readTypedNumber(response.text);
    // Only a complete answer is ever checked; anything else is recorded as typed rather than as a made-up number.
    return value === undefined ? { type: 'fill-in', response: response.text } : { type: 'numeric', response: value, correctResponse: question.range };
  },
  view: {
    controls: ({ question, response }) => ({
      widget: 'text',
      text: response?.text ?? '',
      maxLength: LONGEST_NUMBER,
      inputMode: 'decimal',
      help: { label: 'quiz.numberHelp' },
      ...(question.unit === undefined ? {} : { suffix: question.unit }),
      write: (text) => ({ kind: 'numeric', text }),
    }),
    needs: () => 'quiz.needsNumber',
    answer: (question, language): AnswerBlock[] => [{ paragraph: describeRight(question, language) }],
  },
};
