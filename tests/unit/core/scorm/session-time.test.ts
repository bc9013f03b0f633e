import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSessionTime12, formatSessionTime2004 } from '../../../../src/core/scorm/session-time';

const pattern12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
// SCORM 2004 timeinterval as LMSs check it, limited to the hour/minute/second parts we write.
const pattern2004 = /^PT(?!$)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
const hour = 3_600_000;

describe('formatSessionTime12', () => {
  it('writes HHHH:MM:SS with centiseconds only when there are some', () => {
    expect(formatSessionTime12(0)).toBe('0000:00:00');
    expect(formatSessionTime12(hour + 2 * 60_000 + 3_500)).toBe('0001:02:03.50');
    expect(formatSessionTime12(59_994)).toBe('0000:00:59.99');
    expect(formatSessionTime12(59_996)).toBe('0000:01:00');
  });

  it('treats negative or unknown durations as zero and caps at 9999 hours', () => {
    expect(formatSessionTime12(-5)).toBe('0000:00:00');
    expect(formatSessionTime12(Number.NaN)).toBe('0000:00:00');
    expect(formatSessionTime12(20_000 * hour)).toBe('9999:59:59.99');
  });

  it('always matches the CMITimespan pattern', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e11, noNaN: true }), (ms) => {
      expect(formatSessionTime12(ms)).toMatch(pattern12);
    }));
  });
});

describe('formatSessionTime2004', () => {
  it('writes an ISO 8601 duration with at most two decimals', () => {
    expect(formatSessionTime2004(hour + 2 * 60_000 + 3_500)).toBe('PT1H2M3.5S');
    expect(formatSessionTime2004(0)).toBe('PT0S');
    expect(formatSessionTime2004(hour)).toBe('PT1H');
    expect(formatSessionTime2004(1_234)).toBe('PT1.23S');
    expect(formatSessionTime2004(30 * hour + 5)).toBe('PT30H0.01S');
  });

  it('always matches the timeinterval pattern', () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e11, noNaN: true }), (ms) => {
      expect(formatSessionTime2004(ms)).toMatch(pattern2004);
    }));
  });

  it('round-trips to the same number of centiseconds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), (centiseconds) => {
      const match = pattern2004.exec(formatSessionTime2004(centiseconds * 10));
      const [h, m, s] = [match?.[1], match?.[2], match?.[3]].map((part) => Number.parseFloat(part ?? '0'));
      expect(Math.round(((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 100)).toBe(centiseconds);
    }));
  });
});
