import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceRecordStatus, parseLmsMode, type RecordStatus } from '../../../../src/core/scorm/learner-record-rules';

const completion = fc.constantFrom('unknown', 'not attempted', 'incomplete', 'completed' as const);
const success = fc.constantFrom('unknown', 'failed', 'passed' as const);
const status: fc.Arbitrary<RecordStatus> = fc.record(
  { completion, success, scorePercent: fc.double({ min: 0, max: 100, noNaN: true }) },
  { requiredKeys: ['completion', 'success'] },
);
const completionRank = ['unknown', 'not attempted', 'incomplete', 'completed'];
const successRank = ['unknown', 'failed', 'passed'];

describe('advanceRecordStatus', () => {
  it('never goes back: completion, success and score are each at least what was stored and what was proposed', () => {
    fc.assert(fc.property(status, status, (stored, proposed) => {
      const next = advanceRecordStatus(stored, proposed);
      for (const before of [stored, proposed]) {
        expect(completionRank.indexOf(next.completion)).toBeGreaterThanOrEqual(completionRank.indexOf(before.completion));
        expect(successRank.indexOf(next.success)).toBeGreaterThanOrEqual(successRank.indexOf(before.success));
        if (before.scorePercent !== undefined) expect(next.scorePercent).toBeGreaterThanOrEqual(before.scorePercent);
      }
      // and it is one of the two, never a value neither said
      expect([stored.completion, proposed.completion]).toContain(next.completion);
      expect([stored.success, proposed.success]).toContain(next.success);
      expect([stored.scorePercent, proposed.scorePercent]).toContain(next.scorePercent);
    }));
  });

  it('gives the same record whatever order launches, devices or retries report in', () => {
    fc.assert(fc.property(status, status, status, (a, b, c) => {
      expect(advanceRecordStatus(a, b)).toEqual(advanceRecordStatus(b, a));
      expect(advanceRecordStatus(advanceRecordStatus(a, b), c)).toEqual(advanceRecordStatus(a, advanceRecordStatus(b, c)));
      expect(advanceRecordStatus(a, a)).toEqual(a);
    }));
  });

  it('keeps a pass and the best score when a later retake fails', () => {
    expect(advanceRecordStatus({ completion: 'completed', success: 'passed', scorePercent: 90 }, { completion: 'incomplete', success: 'failed', scorePercent: 40 }))
      .toEqual({ completion: 'completed', success: 'passed', scorePercent: 90 });
    expect(advanceRecordStatus({ completion: 'completed', success: 'failed', scorePercent: 40 }, { completion: 'completed', success: 'passed', scorePercent: 85 }))
      .toEqual({ completion: 'completed', success: 'passed', scorePercent: 85 });
  });
});

describe('parseLmsMode', () => {
  it('reads review and browse, and anything else (Open edX sends "") as a normal launch', () => {
    expect(['review', 'browse', 'normal', '', 'Review'].map(parseLmsMode)).toEqual(['review', 'browse', 'normal', 'normal', 'normal']);
  });
});
