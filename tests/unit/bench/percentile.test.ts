import { describe, expect, it } from 'vitest';
import { percentile } from '../../bench/percentile';

describe('percentile', () => {
  it('takes the nearest rank, whatever order the values come in', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });

  it('gives 0 for no values', () => {
    expect(percentile([], 50)).toBe(0);
  });
});
