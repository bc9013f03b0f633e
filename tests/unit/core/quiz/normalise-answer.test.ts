import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../../../../src/core/quiz/normalise-answer';

describe('normaliseAnswer', () => {
  it('trims, collapses whitespace runs and lowercases', () => {
    expect(normaliseAnswer('  Peer \t  SUPPORT\n ')).toBe('peer support');
  });

  it('makes decomposed and precomposed accents equal (NFC)', () => {
    expect(normaliseAnswer('Cafe\u0301')).toBe(normaliseAnswer('Caf\u00e9'));
    expect(normaliseAnswer('CAFE\u0301')).toBe('caf\u00e9');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(normaliseAnswer(normaliseAnswer(text))).toBe(normaliseAnswer(text));
    }));
  });
});
