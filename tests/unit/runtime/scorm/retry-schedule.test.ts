import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRetrySchedule } from '../../../../src/runtime/scorm/retry-schedule';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('retry schedule', () => {
  it('backs off 1, 2, 5, 10 then every 30 seconds, and reports failing once', () => {
    const attempts: number[] = [];
    const onFailing = vi.fn();
    const schedule = createRetrySchedule({
      run: () => {
        attempts.push(Date.now());
        return false;
      },
      onFailing,
      onSucceeded: () => {},
    });
    const start = Date.now();
    schedule.attempt();
    vi.advanceTimersByTime(108_000);
    expect(attempts.map((time) => (time - start) / 1000)).toEqual([0, 1, 3, 8, 18, 48, 78, 108]);
    expect(onFailing).toHaveBeenCalledTimes(1);
    schedule.cancel();
    vi.advanceTimersByTime(60_000);
    expect(attempts).toHaveLength(8);
  });

  it('tells whether a success ended a run of failures', () => {
    let ok = false;
    const onSucceeded = vi.fn();
    const schedule = createRetrySchedule({ run: () => ok, onFailing: () => {}, onSucceeded });
    schedule.attempt();
    ok = true;
    vi.advanceTimersByTime(1_000);
    schedule.attempt();
    expect(onSucceeded.mock.calls).toEqual([[true], [false]]);
  });
});
