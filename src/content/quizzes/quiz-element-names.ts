import type { QuestionKind } from '../../core/quiz/quiz-definition';

/** Question elements and the kind of question each makes. */
export const QUESTION_ELEMENTS = {
  SingleChoice: 'single',
  MultipleResponse: 'multiple',
  TrueFalse: 'true-false',
  FillIn: 'fill-in',
  Matching: 'matching',
  Sequencing: 'sequencing',
  Likert: 'likert',
} as const satisfies Record<string, QuestionKind>;

export type QuestionElementName = keyof typeof QUESTION_ELEMENTS;

/** Elements that only make sense inside a question: the options, answers, pairs, steps and levels. */
export const PART_ELEMENTS = ['Option', 'Accept', 'Pair', 'Step', 'Level'] as const;

export type PartElementName = (typeof PART_ELEMENTS)[number];

/** The part element each kind of question holds; true-false holds none. */
export const PART_OF: Record<QuestionKind, PartElementName | undefined> = {
  single: 'Option',
  multiple: 'Option',
  'true-false': undefined,
  'fill-in': 'Accept',
  matching: 'Pair',
  sequencing: 'Step',
  likert: 'Level',
};

export const QUIZ_ELEMENT_NAMES: readonly string[] = ['Quiz', ...Object.keys(QUESTION_ELEMENTS), ...PART_ELEMENTS, 'Bank', 'ScoreBand'];

export function isQuestionElementName(name: string): name is QuestionElementName {
  return Object.hasOwn(QUESTION_ELEMENTS, name);
}

export function isPartElementName(name: string): name is PartElementName {
  return (PART_ELEMENTS as readonly string[]).includes(name);
}
