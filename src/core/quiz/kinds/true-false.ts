import { withoutUndefined } from '../../without-undefined';
import type { AttributesOf, QuestionBase, QuestionKind, Zod } from '../question-kind';
import { trueFalseState, type TrueFalseSlice } from './true-false-state';

/** `<TrueFalse>`: a statement that is true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'true-false';
  answer: boolean;
  trueFeedback?: string;
  falseFeedback?: string;
}

export interface TrueFalseResponse {
  kind: 'true-false';
  value: boolean;
}

const trueFalseAttributes = (z: Zod) => ({
  /** Whether the statement is true: `answer={true}` or `answer={false}`. */
  answer: z.boolean().optional(),
  /** Feedback for learners who answer "true". */
  trueFeedback: z.string().min(1).optional(),
  /** Feedback for learners who answer "false". */
  falseFeedback: z.string().min(1).optional(),
});

const labelOf = (value: boolean) => ({ label: value ? 'quiz.true' : 'quiz.false' } as const);

export const trueFalse: QuestionKind<TrueFalseQuestion, TrueFalseResponse, TrueFalseSlice, AttributesOf<typeof trueFalseAttributes>> = {
  ...trueFalseState,
  scored: true,
  element: {
    name: 'TrueFalse',
    attributes: trueFalseAttributes,
    read({ attributes }, report) {
      if (!attributes) return undefined;
      const { answer, trueFeedback, falseFeedback } = attributes;
      if (answer === undefined) {
        report({
          message: '`<TrueFalse>` has no `answer`, so no answer could be right.',
          hint: 'Add `answer={true}` if the statement in `prompt` is true, or `answer={false}` if it is false.',
        });
        return undefined;
      }
      return withoutUndefined({ answer, trueFeedback, falseFeedback });
    },
  },
  isComplete: () => true,
  isCorrect: (question, response) => response.value === question.answer,
  interaction: (question, response) => ({ type: 'true-false', response: response.value, correctResponse: question.answer }),
  view: {
    controls: ({ question, response }) => ({
      widget: 'choices',
      type: 'radio',
      items: [
        { id: 'true', text: labelOf(true), correct: question.answer },
        { id: 'false', text: labelOf(false), correct: !question.answer },
      ],
      chosen: response ? [String(response.value)] : [],
      choose: (id) => ({ kind: 'true-false', value: id === 'true' }),
    }),
    needs: () => 'quiz.needsChoice',
    answer: (question) => [{ paragraph: labelOf(question.answer) }],
    explain(question, response) {
      const text = response.value ? question.trueFeedback : question.falseFeedback;
      return text ? [{ key: String(response.value), about: { label: 'quiz.aboutChoice', values: { choice: labelOf(response.value) } }, text }] : [];
    },
  },
};
