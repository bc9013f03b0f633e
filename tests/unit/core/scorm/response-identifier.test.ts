import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_PATTERN } from '../../../../src/core/scenario/author-list';
import {
  findResponseIdentifierClashes, isResponseIdentifier, toResponseIdentifier,
} from '../../../../src/core/scorm/response-identifier';

// The id rules authors write to: StableIdSchema (options, pairs, steps, levels, choices, endings)
// and the scenario NAME_PATTERN (dimensions).
const stableId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}$/);
const dimensionName = fc.stringMatching(new RegExp(`^${NAME_PATTERN}$`)).filter((name) => name.length <= 64);

describe('toResponseIdentifier', () => {
  it('writes dashes as "_" and doubles "_", keeping letters, digits and dots', () => {
    expect(toResponseIdentifier('left-off')).toBe('left_off');
    expect(toResponseIdentifier('asked_about')).toBe('asked__about');
    expect(toResponseIdentifier('asked-about_safety')).toBe('asked_about__safety');
    expect(toResponseIdentifier('Step.2')).toBe('Step.2');
    expect(toResponseIdentifier('café: ok')).toBe('caf.e9..3a..20.ok');
  });

  it('gives identifiers Moodle accepts (only letters, digits, "_" and "."), whatever the text', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), (text) => {
      expect(toResponseIdentifier(text)).toMatch(/^[\w.]+$/);
    }));
  });

  it('is one to one over authored ids and dimension names', () => {
    for (const ids of [stableId, dimensionName]) {
      fc.assert(fc.property(ids, ids, (a, b) => {
        expect(toResponseIdentifier(a) === toResponseIdentifier(b)).toBe(a === b);
      }));
    }
  });

  it('leaves identifiers that need no change as they are', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9.]{1,20}$/), (id) => {
      expect(toResponseIdentifier(id)).toBe(id);
    }));
  });
});

describe('findResponseIdentifierClashes', () => {
  it('finds nothing among distinct authored ids', () => {
    fc.assert(fc.property(fc.uniqueArray(stableId, { maxLength: 36 }), (ids) => {
      expect(findResponseIdentifierClashes(ids)).toEqual([]);
    }));
  });

  it('finds ids that would be sent as one identifier, and ids that would be none', () => {
    expect(findResponseIdentifierClashes(['a--b', 'a_b', 'c', 'c', ''])).toEqual([
      { identifier: 'a__b', ids: ['a--b', 'a_b'] },
      { identifier: '', ids: [''] },
    ]);
    const long = 'x'.repeat(251);
    expect(isResponseIdentifier(toResponseIdentifier(long))).toBe(false);
    expect(findResponseIdentifierClashes([long])).toEqual([{ identifier: long, ids: [long] }]);
  });
});
