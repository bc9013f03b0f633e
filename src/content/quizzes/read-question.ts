import type { z } from 'astro/zod';
import type { Question, SingleChoiceQuestion } from '../../core/quiz/quiz-definition';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { withoutUndefined } from '../mdx-elements/without-undefined';
import {
  ArrangeElementSchema,
  ChoiceElementSchema,
  FillInElementSchema,
  LikertElementSchema,
  TrueFalseElementSchema,
} from '../schemas/quiz';
import { checkAcceptedLengths, checkCorrectOptions, checkTrueFalseAnswer } from './check-correct-answers';
import { checkQuestionParts } from './check-question-parts';
import { defaultLikertScale } from './default-likert-levels';
import { PART_OF, QUESTION_ELEMENTS, type PartElementName, type QuestionElementName } from './quiz-element-names';
import type { QuizReadContext } from './quiz-read-context';
import { readDeclaringElement } from './read-declaring-element';
import { readParts, type ReadParts } from './read-parts';

type BaseFields = Pick<SingleChoiceQuestion, 'id' | 'prompt' | 'hint' | 'feedback' | 'attempts' | 'revealAfter' | 'weight'>;

const SCHEMAS = {
  single: ChoiceElementSchema,
  multiple: ChoiceElementSchema,
  'true-false': TrueFalseElementSchema,
  'fill-in': FillInElementSchema,
  matching: ArrangeElementSchema,
  sequencing: ArrangeElementSchema,
  likert: LikertElementSchema,
} as const;

/** Reads one question element (named in QUESTION_ELEMENTS), reporting every problem; undefined when a problem leaves it unusable. */
export function readQuestion(element: JsxElementNode, context: QuizReadContext): Question | undefined {
  const kind = QUESTION_ELEMENTS[element.name as QuestionElementName];
  const { attributes, entry } = readDeclaringElement(element, SCHEMAS[kind] as z.ZodObject, 'question', context);
  const partName = PART_OF[kind];
  const read = readParts(element, partName, context, entry);
  if (partName) checkQuestionParts(element, partName, read, context, entry);
  const data = attributes.data;

  switch (kind) {
    case 'single':
    case 'multiple': {
      const options = partsOf(read, 'Option');
      if (read.usable) checkCorrectOptions(element, options, context, entry);
      if (!data || !read.usable) return undefined;
      const { shuffle, ...base } = data as z.output<typeof ChoiceElementSchema>;
      return {
        ...baseFields(base),
        kind,
        shuffle,
        options: options.map(({ id, text, data: option }) => withoutUndefined({ id, text, correct: option.correct, feedback: option.feedback })),
      };
    }
    case 'true-false': {
      const written = data as z.output<typeof TrueFalseElementSchema> | undefined;
      if (written) checkTrueFalseAnswer(element, written.answer, context, entry);
      if (!written || written.answer === undefined) return undefined;
      const { answer, trueFeedback, falseFeedback, ...base } = written;
      return withoutUndefined({ ...baseFields(base), kind, answer, trueFeedback, falseFeedback });
    }
    case 'fill-in': {
      const accepts = partsOf(read, 'Accept');
      if (!data) return undefined;
      const { maxLength, ...base } = data as z.output<typeof FillInElementSchema>;
      checkAcceptedLengths(accepts, maxLength, context, entry);
      if (!read.usable) return undefined;
      return { ...baseFields(base), kind, accepted: accepts.map((accept) => accept.text), maxLength };
    }
    case 'matching': {
      if (!data || !read.usable) return undefined;
      const pairs = partsOf(read, 'Pair').map(({ id, data: pair }) => ({ id, left: pair.left, right: pair.right }));
      return { ...baseFields(data as z.output<typeof ArrangeElementSchema>), kind, pairs };
    }
    case 'sequencing': {
      if (!data || !read.usable) return undefined;
      const steps = partsOf(read, 'Step').map(({ id, text }) => ({ id, text }));
      return { ...baseFields(data as z.output<typeof ArrangeElementSchema>), kind, steps };
    }
    case 'likert': {
      if (!data || !read.usable) return undefined;
      const levels = partsOf(read, 'Level').map(({ id, text }) => ({ id, text }));
      const scale = read.written.length === 0 ? defaultLikertScale(context.language) : levels;
      return { ...baseFields({ ...(data as z.output<typeof LikertElementSchema>), weight: 0 }), kind, scale };
    }
  }
}

/** The parts typed as the element `name`, which PART_OF guarantees for the question kind at hand. */
function partsOf<N extends PartElementName>(read: ReadParts<PartElementName>, _name: N): ReadParts<N>['parts'] {
  return read.parts;
}

function baseFields(data: BaseFields): BaseFields {
  const { id, prompt, hint, feedback, attempts, revealAfter, weight } = data;
  return withoutUndefined({ id, prompt, hint, feedback, attempts, revealAfter, weight });
}
