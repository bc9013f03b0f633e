import { describe, expect, it } from 'vitest';
import { clamp, formatDecimal } from '../../../../src/core/scorm/decimal';

describe('formatDecimal', () => {
  it('writes plain decimals without trailing zeros, exponents or -0', () => {
    expect(formatDecimal(85)).toBe('85');
    expect(formatDecimal(0.5)).toBe('0.5');
    expect(formatDecimal(2 / 3, 4)).toBe('0.6667');
    expect(formatDecimal(1e-9)).toBe('0');
    expect(formatDecimal(-0.0000001, 2)).toBe('0');
    expect(formatDecimal(9_999_999_999)).toBe('9999999999');
    expect(formatDecimal(-1.25)).toBe('-1.25');
  });

  it('refuses numbers an LMS cannot store', () => {
    expect(() => formatDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => formatDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatDecimal(1e10)).toThrow(RangeError);
  });

  it('clamps into a range', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, -1, 1)).toBe(-1);
    expect(clamp(0.3, 0, 1)).toBe(0.3);
  });
});
