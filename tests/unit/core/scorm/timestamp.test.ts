import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClockTime, formatTimestamp } from '../../../../src/core/scorm/timestamp';

describe('timestamps', () => {
  it('writes local time as YYYY-MM-DDThh:mm:ss', () => {
    expect(formatTimestamp(new Date(2024, 2, 5, 9, 7, 3, 999))).toBe('2024-03-05T09:07:03');
  });

  it('writes 1.2 interaction time as hh:mm:ss', () => {
    expect(formatClockTime(new Date(2024, 11, 31, 23, 59, 1))).toBe('23:59:01');
  });

  it('always fits the 2004 time pattern and the 1.2 CMITime pattern', () => {
    const dates = fc.date({ min: new Date(1970, 0, 2), max: new Date(9999, 0, 1), noInvalidDate: true });
    fc.assert(fc.property(dates, (date) => {
      expect(formatTimestamp(date)).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
      expect(formatClockTime(date)).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
    }));
  });
});
