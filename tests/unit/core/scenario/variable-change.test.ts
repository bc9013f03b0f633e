import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScoreChanges, addScores, formatScoreChanges } from '../../../../src/core/scenario/score-change';
import {
  applyVariableChanges, clampToRange, formatVariableChange, initialVariables, parseVariableChanges,
} from '../../../../src/core/scenario/variable-change';
import { variable } from './sample-scenarios';

describe('parseVariableChanges', () => {
  it('reads adding, subtracting and setting, in order', () => {
    expect(parseVariableChanges('trust:+1, asked:=1,shame: -2, level:=-1,')).toEqual({
      ok: true,
      value: [
        { variable: 'trust', operation: 'add', value: 1 }, { variable: 'asked', operation: 'set', value: 1 },
        { variable: 'shame', operation: 'add', value: -2 }, { variable: 'level', operation: 'set', value: -1 },
      ],
    });
    expect(parseVariableChanges('')).toEqual({ ok: true, value: [] });
  });

  it('asks whether a bare number adds or sets, and refuses repeats and non-numbers', () => {
    const result = parseVariableChanges('trust:2, asked:yes, calm, level:+1, level:-1');
    expect(result.ok ? [] : result.problems).toMatchInlineSnapshot(`
      [
        {
          "hint": "Write trust:+2 to add 2, or trust:=2 to set trust to 2.",
          "message": ""trust:2" does not say whether to add or to set",
        },
        {
          "hint": "Variables hold whole numbers: write +n, -n or =n, e.g. trust:+1 (a yes/no fact is 1 for yes and 0 for no).",
          "message": ""asked:yes" changes asked by "yes", which is not a whole number",
        },
        {
          "hint": "Write the variable, a colon and +n, -n or =n, e.g. sets="trust:+1, asked:=1".",
          "message": ""calm" is not a variable change",
        },
      ]
    `);
    const repeated = parseVariableChanges('level:+1, level:-1');
    expect(repeated.ok ? [] : repeated.problems).toEqual([{ message: '"level" is listed more than once', hint: 'Combine the changes for "level" into one item, e.g. level:+2.' }]);
  });

  it('formats back to text it reads the same', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseVariableChanges(text);
      if (result.ok) expect(parseVariableChanges(result.value.map(formatVariableChange).join(', '))).toEqual(result);
    }));
  });
});

describe('applyVariableChanges', () => {
  const declared = [variable('trust', 1, 0, 3), variable('asked', 0, 0, 1)];

  it('adds, subtracts and sets, clamping to each variable’s range', () => {
    const changes = (text: string) => {
      const result = parseVariableChanges(text);
      if (!result.ok) throw new Error('bad sample');
      return result.value;
    };
    expect(applyVariableChanges(changes('trust:+1, asked:=1'), { trust: 1, asked: 0 }, declared)).toEqual({ trust: 2, asked: 1 });
    expect(applyVariableChanges(changes('trust:+5'), { trust: 1, asked: 0 }, declared)).toEqual({ trust: 3, asked: 0 });
    expect(applyVariableChanges(changes('trust:-5, asked:=7'), { trust: 1, asked: 0 }, declared)).toEqual({ trust: 0, asked: 1 });
    expect(applyVariableChanges(changes('trust:=-2'), { trust: 1, asked: 0 }, declared)).toEqual({ trust: 0, asked: 0 });
    // In order, clamping after each: a set then an add sees the set value.
    const setThenAdd = [{ variable: 'trust', operation: 'set', value: 0 }, { variable: 'trust', operation: 'add', value: 2 }] as const;
    expect(applyVariableChanges(setThenAdd, { trust: 3, asked: 0 }, declared)).toEqual({ trust: 2, asked: 0 });
    const addThenSubtract = [{ variable: 'trust', operation: 'add', value: 9 }, { variable: 'trust', operation: 'add', value: -1 }] as const;
    expect(applyVariableChanges(addThenSubtract, { trust: 1, asked: 0 }, declared)).toEqual({ trust: 2, asked: 0 });
  });

  it('ignores changes to undeclared variables and leaves the input untouched', () => {
    const before = Object.freeze({ trust: 1, asked: 0 });
    expect(applyVariableChanges([{ variable: 'ghost', operation: 'add', value: 1 }], before, declared)).toEqual({ trust: 1, asked: 0 });
    expect(before).toEqual({ trust: 1, asked: 0 });
  });

  it('starts each variable at its initial value, clamped, first declaration winning', () => {
    expect(initialVariables([variable('trust', 5, 0, 3), variable('low', -1, 0, 1), variable('trust', 0, 0, 1)])).toEqual({ trust: 3, low: 0 });
    expect(clampToRange(2, { min: 0, max: 1 })).toBe(1);
  });
});

describe('parseScoreChanges', () => {
  it('reads signed and bare points per dimension', () => {
    expect(parseScoreChanges('transparency:+2, choice:-1, safety: 3')).toEqual({ ok: true, value: { transparency: 2, choice: -1, safety: 3 } });
    expect(parseScoreChanges('')).toEqual({ ok: true, value: {} });
  });

  it('refuses set, fractions, missing colons and repeats', () => {
    const result = parseScoreChanges('safety:=2, choice:+0.5, transparency+1');
    expect(result.ok ? [] : result.problems).toMatchInlineSnapshot(`
      [
        {
          "hint": "Scores add up along the path, so they cannot be set: write safety:+n or safety:-n.",
          "message": ""safety:=2" gives safety "=2" points, which is not a whole number",
        },
        {
          "hint": "Scores are whole numbers of points: write e.g. choice:+1 or choice:-2.",
          "message": ""choice:+0.5" gives choice "+0.5" points, which is not a whole number",
        },
        {
          "hint": "Write the dimension, a colon and the points, e.g. scores="safety:+2, transparency:-1".",
          "message": ""transparency+1" is not a score",
        },
      ]
    `);
    expect(parseScoreChanges('safety:+1, safety:+1').ok).toBe(false);
  });

  it('adds points to running scores and formats back', () => {
    expect(addScores({ safety: 1, choice: 0 }, { safety: -2, choice: 1 })).toEqual({ safety: -1, choice: 1 });
    expect(formatScoreChanges({ safety: -2, choice: 1 })).toBe('safety:-2, choice:+1');
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parseScoreChanges(text);
      if (result.ok) expect(parseScoreChanges(formatScoreChanges(result.value))).toEqual(result);
    }));
  });
});
