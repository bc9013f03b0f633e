import { describe, expect, it } from 'vitest';
import { truncateAtWord } from '../../../../src/core/search/truncate-at-word';

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    expect(truncateAtWord('short text', 20)).toBe('short text');
  });

  it('cuts between words and adds an ellipsis', () => {
    expect(truncateAtWord('one two three four', 12)).toBe('one two…');
  });

  it('cuts inside a word only when one word fills more than half the limit', () => {
    expect(truncateAtWord('a verylongwordindeed', 10)).toBe('a verylong…');
  });
});
