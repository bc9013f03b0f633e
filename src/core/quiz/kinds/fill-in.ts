import { normaliseAnswer } from '../normalise-answer';
import type { AnswerBlock } from '../question-view';
import type { AttributesOf, QuestionBase, QuestionKind, Zod } from '../question-kind';
import { fillInState, type FillInSlice } from './fill-in-state';

/** `<FillIn>`: a short typed answer, compared ignoring case and extra spaces. */
export interface FillInQuestion extends QuestionBase {
  kind: 'fill-in';
  /** Any of these is right; compared ignoring case and runs of spaces. The first is the pattern sent to the LMS. */
  accepted: string[];
  /** Longest answer the field takes (bounds the saved state). */
  maxLength: number;
}

export interface FillInResponse {
  kind: 'fill-in';
  text: string;
}

// SCORM 2004 keeps 250 characters of a fill-in answer; the saved state holds the whole answer too.
const FILL_IN_MAX_LENGTH = 250;

const fillInAttributes = (z: Zod) => ({
  /** Longest answer the field takes, in characters. */
  maxLength: z
    .number()
    .int()
    .min(1)
    .max(FILL_IN_MAX_LENGTH, `Keep \`maxLength\` to ${FILL_IN_MAX_LENGTH} or fewer: learning platforms keep no more of an answer`)
    .default(60),
});

export const fillIn: QuestionKind<FillInQuestion, FillInResponse, FillInSlice, AttributesOf<typeof fillInAttributes>> = {
  ...fillInState,
  scored: true,
  element: {
    name: 'FillIn',
    attributes: fillInAttributes,
    sampleNumbers: { maxLength: 60 },
    part: {
      name: 'Accept',
      hasId: false,
      text: 'an answer you accept',
      one: 'accepted answer',
      many: 'accepted answers',
      example: '`<Accept>…</Accept>`',
      fewest: 1,
      tooFew: (element) => ({
        message: `\`<${element}>\` has no accepted answer, so no answer could be right.`,
        hint: 'Add an answer you accept inside it as `<Accept>…</Accept>`; add one for each other spelling you accept.',
      }),
    },
    read({ attributes, parts, partsUsable }, report) {
      if (!attributes) return undefined;
      const { maxLength } = attributes;
      // An accepted answer longer than the field could never be typed.
      const tooLong = parts.filter((accept) => accept.text.length > maxLength);
      for (const accept of tooLong) {
        report({
          message: `The accepted answer is ${accept.text.length} characters long, but the answer field takes at most ${maxLength} (\`maxLength\`).`,
          hint: `Raise \`maxLength\` on the \`<FillIn>\` to at least ${accept.text.length}, or shorten the answer.`,
        }, accept);
      }
      return partsUsable && tooLong.length === 0 ? { accepted: parts.map((accept) => accept.text), maxLength } : undefined;
    },
  },
  // maxLength bounds the saved state, so a longer text is not checked (the field stops it anyway).
  isComplete: (question, response) => normaliseAnswer(response.text) !== '' && response.text.length <= question.maxLength,
  isCorrect(question, response) {
    const typed = normaliseAnswer(response.text);
    return typed !== '' && question.accepted.some((accepted) => normaliseAnswer(accepted) === typed);
  },
  interaction(question, response) {
    const [pattern] = question.accepted;
    return pattern === undefined ? { type: 'fill-in', response: response.text } : { type: 'fill-in', response: response.text, correctResponse: pattern };
  },
  view: {
    controls: ({ question, response }) => ({
      widget: 'text',
      text: response?.text ?? '',
      maxLength: question.maxLength,
      inputMode: 'text',
      help: { label: 'quiz.fillInLimit', values: { max: question.maxLength } },
      write: (text) => ({ kind: 'fill-in', text }),
    }),
    needs: () => 'quiz.needsText',
    answer(question) {
      const [first = '', ...others] = question.accepted;
      const blocks: AnswerBlock[] = [{ paragraph: first }];
      return others.length > 0 ? [...blocks, { paragraph: { label: 'quiz.alsoAccepted', values: { answers: others.join(', ') } } }] : blocks;
    },
  },
};
