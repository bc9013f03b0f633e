import { describe, expect, it } from 'vitest';
import {
  BankElementSchema,
  partElementSchema,
  questionElementSchema,
  QuizElementSchema,
  ScoreBandElementSchema,
} from '../../../../src/content/schemas/quiz';
import { questionKinds } from '../../../../src/core/quiz/question-kinds';
import { defined } from '../../../support/defined';
import { issuesOf } from './issues-of';

// Each kind declares its own attributes and parts; the schemas are made from those declarations.
const kind = (element: string) => defined(questionKinds.byElement(element), `the ${element} kind`);
const part = (element: string) => defined(kind(element).element.part, `the part of ${element}`);
const ChoiceElementSchema = questionElementSchema(kind('SingleChoice'));
const FillInElementSchema = questionElementSchema(kind('FillIn'));
const LikertElementSchema = questionElementSchema(kind('Likert'));
const OptionElementSchema = partElementSchema(part('SingleChoice'));
const PairElementSchema = partElementSchema(part('Matching'));
const TextOnlyElementSchema = partElementSchema(part('FillIn'));

describe('quiz element schemas', () => {
  it('fill in the defaults an author may leave out', () => {
    expect(QuizElementSchema.parse({ id: 'check' })).toEqual({ id: 'check', counts: false });
    expect(ChoiceElementSchema.parse({ id: 'q', prompt: 'P' })).toEqual({ id: 'q', prompt: 'P', weight: 1, shuffle: false });
    expect(FillInElementSchema.parse({ id: 'q', prompt: 'P' })).toEqual({ id: 'q', prompt: 'P', weight: 1, maxLength: 60 });
    expect(OptionElementSchema.parse({})).toEqual({ correct: false });
  });

  it.each([
    ['a quiz pass mark above 100', QuizElementSchema, { id: 'q', passMark: 101 }, 'too_big at passMark'],
    ['a quiz pass mark below 0', QuizElementSchema, { id: 'q', passMark: -1 }, 'too_small at passMark'],
    ['a quiz id with capitals', QuizElementSchema, { id: 'Check' }, 'invalid_format at id'],
    ['a question without a prompt', ChoiceElementSchema, { id: 'q' }, 'invalid_type at prompt'],
    ['an empty prompt', ChoiceElementSchema, { id: 'q', prompt: '' }, 'too_small at prompt'],
    ['no attempts at all', ChoiceElementSchema, { id: 'q', prompt: 'P', attempts: 0 }, 'too_small at attempts'],
    ['a negative weight', ChoiceElementSchema, { id: 'q', prompt: 'P', weight: -1 }, 'too_small at weight'],
    ['a fill-in longer than a platform records', FillInElementSchema, { id: 'q', prompt: 'P', maxLength: 251 }, 'too_big at maxLength'],
    ['a weight on a likert, which is never scored', LikertElementSchema, { id: 'q', prompt: 'P', weight: 1 }, 'unrecognized_keys at (root)'],
    ['a pair without its right side', PairElementSchema, { left: 'a' }, 'invalid_type at right'],
    ['a bank draw that is not whole', BankElementSchema, { id: 'b', draw: 1.5 }, 'invalid_type at draw'],
    ['a score band above 100', ScoreBandElementSchema, { min: 120 }, 'too_big at min'],
    ['an attribute on an accepted answer', TextOnlyElementSchema, { correct: true }, 'unrecognized_keys at (root)'],
  ])('rejects %s', (_, schema, input, issue) => {
    expect(issuesOf(schema, input)).toEqual([issue]);
  });
});
