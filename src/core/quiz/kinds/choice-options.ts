import { withoutUndefined } from '../../without-undefined';
import type { InteractionAnswer, InteractionRecord } from '../../scorm/interaction';
import { shuffleIds } from '../learner-draw';
import { listIds, MOST_RECORDED_PARTS } from './id-list';
import type { AnswerBlock, ChoiceItem, ResponseExplanation } from '../question-view';
import type { AttributesOf, AuthorAdvice, PartDeclaration, PartInput, QuestionBase, ReportAdvice, Zod } from '../question-kind';

// What single choice and multiple response share: `<Option>`s, shuffling, the answer in words.

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  options: ChoiceOption[];
  shuffle: boolean;
}

/** What course-data.json carries of a choice question: its option ids. */
export interface ChoiceSlice<K extends string> {
  kind: K;
  id: string;
  options: { id: string }[];
}

export const OPTION_PART: PartDeclaration = {
  name: 'Option',
  attributes: (z) => ({
    /** Marks a right option. */
    correct: z.boolean().default(false),
    /** Shown when the learner chose this option and checked. */
    feedback: z.string().min(1).optional(),
  }),
  hasId: true,
  text: 'the option learners choose',
  one: 'option',
  many: 'options',
  example: '`<Option>…</Option>`',
  fewest: 2,
  most: MOST_RECORDED_PARTS,
  switches: ['correct'],
};

/** The attributes `<SingleChoice>` and `<MultipleResponse>` add. */
export const choiceAttributes = (z: Zod) => ({
  /** Show the options in a different order for each learner. */
  shuffle: z.boolean().default(false),
});

export type ChoiceAttributes = AttributesOf<typeof choiceAttributes>;

/** The options as written, or undefined after reporting a question with no right option (or, for a single choice, several). */
export function readOptions(element: string, exactlyOne: boolean, parts: readonly PartInput[], report: ReportAdvice): ChoiceOption[] | undefined {
  const correct = parts.filter((part) => part.attributes.correct === true);
  const problem = explainCorrectCount(element, correct, exactlyOne);
  if (problem) {
    report(problem);
    return undefined;
  }
  return parts.map(({ id, text, attributes }) =>
    withoutUndefined({ id, text, correct: attributes.correct === true, feedback: typeof attributes.feedback === 'string' ? attributes.feedback : undefined }));
}

function explainCorrectCount(element: string, correct: readonly PartInput[], single: boolean): AuthorAdvice | undefined {
  if (correct.length === 0) {
    return {
      message: `\`<${element}>\` has no correct option, so no answer could be right.`,
      hint: `Mark ${single ? 'the right option' : 'each right option'} with \`correct\`, e.g. \`<Option correct>…</Option>\`.`,
    };
  }
  if (!single || correct.length === 1) return undefined;
  const lines = correct.map((part) => part.line).filter((line) => line !== undefined);
  return {
    message: `\`<${element}>\` has ${correct.length} correct options${lines.length ? ` (lines ${lines.join(', ')})` : ''}, but a single choice has exactly one.`,
    hint: 'Keep `correct` on one option, or use `<MultipleResponse>` when several options are right.',
  };
}

export const optionIds = (question: { options: readonly { id: string }[] }): string[] => listIds(question.options);

export function shuffleOptions(seed: number, question: ChoiceQuestion): string[] {
  return question.shuffle ? shuffleIds(seed, question.id, optionIds(question)) : optionIds(question);
}

/** The options in this learner's order, with the right ones marked for when the answer is shown. */
export function listChoiceItems(question: ChoiceQuestion, order: readonly string[] | undefined): ChoiceItem[] {
  const byId = new Map(question.options.map((option) => [option.id, option]));
  return (order ?? optionIds(question)).flatMap((id) => {
    const option = byId.get(id);
    return option ? [{ id: option.id, text: option.text, correct: option.correct }] : [];
  });
}

// Ids are listed in authored order so the SCORM 1.2 single-character form of an answer means
// the same option for every learner, whatever order their screen showed.
export function toChoiceInteraction(options: readonly ChoiceOption[], chosenIds: readonly string[]): InteractionAnswer & Pick<InteractionRecord, 'options'> {
  const ids = options.map((option) => option.id);
  return {
    type: 'choice',
    response: ids.filter((id) => chosenIds.includes(id)),
    correctResponse: options.filter((option) => option.correct).map((option) => option.id),
    options: ids,
  };
}

/** The right option, or a list of the right options. */
export function describeRightOptions(question: ChoiceQuestion): AnswerBlock[] {
  const correct = question.options.filter((option) => option.correct);
  const [only, ...more] = correct;
  return only && more.length === 0 ? [{ paragraph: only.text }] : [{ list: correct.map((option) => option.text), ordered: false }];
}

/** The author's words for each chosen option that has some. */
export function explainChosenOptions(question: ChoiceQuestion, chosenIds: readonly string[]): ResponseExplanation[] {
  return question.options
    .filter((option) => chosenIds.includes(option.id) && option.feedback)
    .map((option) => ({ key: option.id, about: { label: 'quiz.aboutChoice', values: { choice: option.text } }, text: option.feedback ?? '' }));
}
