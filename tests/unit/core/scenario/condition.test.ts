import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionHolds, conditionsHold, formatConditions, parseConditions } from '../../../../src/core/scenario/condition';
import type { ComparisonOperator } from '../../../../src/core/scenario/scenario-definition';

const problemsOf = (text: string) => {
  const result = parseConditions(text);
  return result.ok ? [] : result.problems;
};

describe('parseConditions', () => {
  it('reads every operator, joined by "and", with spaces or none', () => {
    expect(parseConditions('trust>=1 and asked-about-safety == 0 AND  x!=-2 and a_b>3 and c<=+4 and d<5')).toEqual({
      ok: true,
      value: [
        { variable: 'trust', operator: '>=', value: 1 }, { variable: 'asked-about-safety', operator: '==', value: 0 },
        { variable: 'x', operator: '!=', value: -2 }, { variable: 'a_b', operator: '>', value: 3 },
        { variable: 'c', operator: '<=', value: 4 }, { variable: 'd', operator: '<', value: 5 },
      ],
    });
  });

  it('reads empty text as no conditions (always offered)', () => {
    expect(parseConditions('  ')).toEqual({ ok: true, value: [] });
  });

  it('explains operators from other languages and says what to write', () => {
    expect(problemsOf('trust=1')).toMatchInlineSnapshot(`
      [
        {
          "hint": "Write trust==1 instead.",
          "message": ""trust=1" uses "=", which is not a comparison here",
        },
      ]
    `);
    expect(problemsOf('trust=>1 and trust<>2').map((problem) => problem.hint)).toEqual(['Write trust>=1 instead.', 'Write trust!=2 instead.']);
    expect(problemsOf('trust>>1')[0]?.message).toBe('"trust>>1" uses ">>", which is not a comparison');
  });

  it('refuses numbers that are not whole, and anything that is not a comparison, collecting every problem', () => {
    expect(problemsOf('trust>=1.5 and asked==yes and trust')).toMatchInlineSnapshot(`
      [
        {
          "hint": "Variables hold whole numbers: compare with one, e.g. 2 (a yes/no fact is 1 for yes and 0 for no).",
          "message": ""trust>=1.5" compares trust with "1.5", which is not a whole number",
        },
        {
          "hint": "Variables hold whole numbers: compare with one, e.g. 2 (a yes/no fact is 1 for yes and 0 for no).",
          "message": ""asked==yes" compares asked with "yes", which is not a whole number",
        },
        {
          "hint": "Write a variable, a comparison (==, !=, >=, <=, >, <) and a whole number, e.g. when="trust>=1 and asked-about-safety==0".",
          "message": ""trust" is not a condition",
        },
      ]
    `);
    expect(problemsOf('trust>=99999999999999999999')).toHaveLength(1);
  });

  it('refuses "or", "||", "&&" and commas, pointing to two choices instead', () => {
    for (const text of ['trust>1 or asked==1', 'trust>1 || asked==1', 'trust>1 && asked==1', 'trust>1, asked==1']) {
      expect(problemsOf(text)).toHaveLength(1);
    }
    expect(problemsOf('trust>1 or asked==1')[0]?.hint).toBe('Join conditions with the word "and". For "either … or …", write two choices, one for each condition.');
  });

  it('never throws, whatever the author wrote, and formats back to text it reads the same', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseConditions(text);
      if (result.ok) expect(parseConditions(formatConditions(result.value))).toEqual(result);
      else expect(result.problems.length).toBeGreaterThan(0);
    }));
    const operators: ComparisonOperator[] = ['==', '!=', '>=', '<=', '>', '<'];
    fc.assert(fc.property(fc.array(fc.record({
      variable: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?$/), operator: fc.constantFrom(...operators), value: fc.integer({ min: -50, max: 50 }),
    }), { minLength: 1, maxLength: 4 }), (conditions) => {
      expect(parseConditions(formatConditions(conditions))).toEqual({ ok: true, value: conditions });
    }));
  });
});

describe('conditionHolds', () => {
  it('compares with every operator', () => {
    const table = (operator: ComparisonOperator) => [0, 1, 2].map((value) => conditionHolds({ variable: 'x', operator, value: 1 }, value));
    expect(table('==')).toEqual([false, true, false]);
    expect(table('!=')).toEqual([true, false, true]);
    expect(table('>=')).toEqual([false, true, true]);
    expect(table('<=')).toEqual([true, true, false]);
    expect(table('>')).toEqual([false, false, true]);
    expect(table('<')).toEqual([true, false, false]);
  });

  it('needs every condition; no conditions always hold; undeclared variables read as 0', () => {
    const conditions = [{ variable: 'trust', operator: '>=', value: 1 }, { variable: 'asked', operator: '==', value: 0 }] as const;
    expect(conditionsHold(conditions, { trust: 2, asked: 0 })).toBe(true);
    expect(conditionsHold(conditions, { trust: 2, asked: 1 })).toBe(false);
    expect(conditionsHold([], {})).toBe(true);
    expect(conditionsHold(conditions, { trust: 1 })).toBe(true);
    expect(conditionsHold([{ variable: 'constructor', operator: '==', value: 0 }], {})).toBe(true);
  });
});
