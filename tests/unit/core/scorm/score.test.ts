import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleScore, toScore12, toScore2004 } from '../../../../src/core/scorm/score';

describe('scores', () => {
  it('reports 1.2 raw as a plain percentage of the range', () => {
    expect(toScore12({ raw: 7, min: 0, max: 10 })).toEqual({ raw: '70', min: '0', max: '100' });
    expect(toScore12({ raw: 2, min: 0, max: 3 })).toEqual({ raw: '66.67', min: '0', max: '100' });
  });

  it('reports 2004 raw/min/max as authored plus scaled', () => {
    expect(toScore2004({ raw: 7, min: 0, max: 10 })).toEqual({ raw: '7', min: '0', max: '10', scaled: '0.7' });
  });

  it('refuses scores without a range', () => {
    expect(() => scaleScore({ raw: 1, min: 5, max: 5 })).toThrow(RangeError);
    expect(() => toScore12({ raw: Number.NaN, min: 0, max: 1 })).toThrow(RangeError);
  });

  it('keeps scaled in [-1, 1] and 1.2 raw in [0, 100] for any score', () => {
    const score = fc.record({ raw: fc.double({ min: -1e6, max: 1e6, noNaN: true }), min: fc.integer({ min: -100, max: 0 }), span: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(fc.property(score, ({ raw, min, span }) => {
      const input = { raw, min, max: min + span };
      const scaled = Number(toScore2004(input).scaled);
      expect(scaled).toBeGreaterThanOrEqual(-1);
      expect(scaled).toBeLessThanOrEqual(1);
      const percent = Number(toScore12(input).raw);
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
    }));
  });
});
