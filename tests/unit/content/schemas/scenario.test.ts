import { describe, expect, it } from 'vitest';
import {
  CharacterElementSchema,
  EndingElementSchema,
  LineElementSchema,
  ReflectElementSchema,
  ScenarioChoiceElementSchema,
  ScenarioElementSchema,
  ScenarioNameSchema,
  SceneElementSchema,
  VariableElementSchema,
} from '../../../../src/content/schemas/scenario';
import { issuesOf } from './issues-of';

describe('scenario element schemas', () => {
  it('fill in the defaults an author may leave out', () => {
    expect(ScenarioElementSchema.parse({ id: 's', title: 'T' })).toEqual({ id: 's', title: 'T', counts: 'practice', weight: 1 });
    expect(ScenarioChoiceElementSchema.parse({ id: 'go', to: 'end' })).toEqual({ id: 'go', to: 'end' });
  });

  it('takes variable and dimension names with capitals, dashes and underscores, as conditions do', () => {
    expect(['trust', 'askedAboutSafety', 'asked-about_safety', 'level2'].filter((name) => ScenarioNameSchema.safeParse(name).success)).toHaveLength(4);
    expect(['self care', '-trust', 'trust--level', 'trust:', ''].filter((name) => ScenarioNameSchema.safeParse(name).success)).toEqual([]);
  });

  it.each([
    ['a scenario without a title', ScenarioElementSchema, { id: 's' }, 'invalid_type at title'],
    ['a count that is not one of the three', ScenarioElementSchema, { id: 's', title: 'T', counts: 'scored' }, 'invalid_value at counts'],
    ['a weight of 0', ScenarioElementSchema, { id: 's', title: 'T', weight: 0 }, 'too_small at weight'],
    ['a start that is not an id', ScenarioElementSchema, { id: 's', title: 'T', start: 'The Start' }, 'invalid_format at start'],
    ['a character without a name', CharacterElementSchema, { id: 'sam' }, 'invalid_type at name'],
    ['a variable that is not whole', VariableElementSchema, { id: 'trust', initial: 0.5, min: 0, max: 1 }, 'invalid_type at initial'],
    ['a variable without a range', VariableElementSchema, { id: 'trust', initial: 0, min: 0 }, 'invalid_type at max'],
    ['a variable name with a space', VariableElementSchema, { id: 'trust level', initial: 0, min: 0, max: 1 }, 'invalid_format at id'],
    ['an empty setting', SceneElementSchema, { id: 'intro', setting: '' }, 'too_small at setting'],
    ['an ending without a title', EndingElementSchema, { id: 'end' }, 'invalid_type at title'],
    ['a line nobody speaks', LineElementSchema, {}, 'invalid_type at character'],
    ['a choice that leads nowhere', ScenarioChoiceElementSchema, { id: 'go' }, 'invalid_type at to'],
    ['a choice attribute from quizzes', ScenarioChoiceElementSchema, { id: 'go', to: 'end', correct: true }, 'unrecognized_keys at (root)'],
    ['an attribute on a reflection prompt', ReflectElementSchema, { id: 'why' }, 'unrecognized_keys at (root)'],
  ])('rejects %s', (_, schema, input, issue) => {
    expect(issuesOf(schema, input)).toEqual([issue]);
  });
});
