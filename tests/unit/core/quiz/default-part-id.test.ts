import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPartId } from '../../../../src/core/quiz/default-part-id';
import { StableIdSchema } from '../../../../src/content/schemas/stable-id';

describe('defaultPartId', () => {
  it('names parts a, b, c… and goes on past z', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(defaultPartId)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  it('gives every position its own valid id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (a, b) => {
        expect(StableIdSchema.safeParse(defaultPartId(a)).success).toBe(true);
        expect(defaultPartId(a) === defaultPartId(b)).toBe(a === b);
      }),
    );
  });
});
