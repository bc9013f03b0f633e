import { describe, expect, it } from 'vitest';
import { exactTerm, shardsForRange, shardsForRanges, termsStartingWith } from '../../../../src/core/search/shard-ranges';

const starts = ['able', 'group', 'listen', 'safe'];

describe('shardsForRange', () => {
  it('finds the one shard a term can be in, and none for a term before the first (the smallest in the index)', () => {
    expect(shardsForRange(starts, exactTerm('care'))).toEqual([0]);
    expect(shardsForRange(starts, exactTerm('group'))).toEqual([1]);
    expect(shardsForRange(starts, exactTerm('zeal'))).toEqual([3]);
    expect(shardsForRange(starts, exactTerm('aaa'))).toEqual([]);
  });

  it('finds every shard terms with a prefix can be in', () => {
    expect(shardsForRange(starts, termsStartingWith('g'))).toEqual([0, 1]);
    expect(shardsForRange(starts, termsStartingWith('gro'))).toEqual([0, 1]);
    expect(shardsForRange(starts, termsStartingWith('group'))).toEqual([1]);
    expect(shardsForRange(starts, termsStartingWith('lis'))).toEqual([1, 2]);
  });

  it('has nothing to offer for an index with no terms', () => {
    expect(shardsForRange([], exactTerm('care'))).toEqual([]);
  });

  it('joins several ranges without repeats, in order', () => {
    expect(shardsForRanges(starts, [exactTerm('zeal'), exactTerm('care'), exactTerm('able')])).toEqual([0, 3]);
  });
});
