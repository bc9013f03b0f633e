import { describe, expect, it } from 'vitest';
import { createInteractionId, isInteractionId } from '../../../../src/core/scorm/interaction';
import { toResponseCharacter12 } from '../../../../src/core/scorm/interaction-response';

describe('interaction ids', () => {
  it('builds URN-like ids from stable ids', () => {
    expect(createInteractionId('peer-basics', 'quiz-1', 'q-2')).toBe('urn:peerpath:peer-basics:quiz-1:q-2');
  });

  it('rejects ids with spaces or empty parts', () => {
    expect(isInteractionId('has space')).toBe(false);
    expect(isInteractionId('')).toBe(false);
    expect(() => createInteractionId('course', 'two words')).toThrow(RangeError);
  });
});

describe('1.2 response characters', () => {
  it('uses the position among shown options, 0–9 then a–z', () => {
    const options = Array.from({ length: 36 }, (_, index) => `option-${index}`);
    expect(toResponseCharacter12('option-0', options)).toBe('0');
    expect(toResponseCharacter12('option-10', options)).toBe('a');
    expect(toResponseCharacter12('option-35', options)).toBe('z');
    expect(() => toResponseCharacter12('option-36', [...options, 'option-36'])).toThrow(RangeError);
  });

  it('keeps ids that already are single characters when no options are given', () => {
    expect(toResponseCharacter12('b', undefined)).toBe('b');
    expect(() => toResponseCharacter12('B', undefined)).toThrow(RangeError);
  });
});
