import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommitThrottle } from '../../../../src/runtime/scorm/commit-throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function createCountingThrottle() {
  const runs: number[] = [];
  const start = Date.now();
  const throttle = createCommitThrottle({
    run: () => {
      runs.push(Date.now() - start);
      return true;
    },
  });
  return { runs, throttle };
}

describe('commit throttle', () => {
  it('runs the first request at once and a burst after it once, when the window closes', () => {
    const { runs, throttle } = createCountingThrottle();
    for (let click = 0; click < 10; click++) {
      throttle.request();
      vi.advanceTimersByTime(50);
    }
    expect(runs).toEqual([0]);
    vi.advanceTimersByTime(500);
    expect(runs).toEqual([0, 1_000]);
    vi.advanceTimersByTime(10_000);
    expect(runs).toEqual([0, 1_000]);
  });

  it('runs at most once per window however long the clicking goes on', () => {
    const { runs, throttle } = createCountingThrottle();
    for (let click = 0; click < 50; click++) {
      throttle.request();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1_000);
    expect(runs).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
  });

  it('runs a request after a quiet window at once', () => {
    const { runs, throttle } = createCountingThrottle();
    throttle.request();
    vi.advanceTimersByTime(1_000);
    throttle.request();
    expect(runs).toEqual([0, 1_000]);
  });

  it('runs now when asked, instead of the due run, and forgets a cancelled one', () => {
    const { runs, throttle } = createCountingThrottle();
    throttle.request();
    throttle.request();
    vi.advanceTimersByTime(300);
    expect(throttle.runNow()).toBe(true);
    expect(runs).toEqual([0, 300]);
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(5_000);
    expect(runs).toEqual([0, 300]);
  });
});
