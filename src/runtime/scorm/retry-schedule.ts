/** Waits between attempts while the LMS keeps refusing: quick at first, then every 30 seconds. */
export const RETRY_DELAYS_MILLISECONDS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface RetrySchedule {
  /** Runs now; on failure, runs again after a back-off until it succeeds. */
  attempt(): boolean;
  /** A failed run is waiting for its next attempt. */
  isWaiting(): boolean;
  cancel(): void;
}

export function createRetrySchedule(options: {
  run: () => boolean;
  /** Once per run of failures, at the first one. */
  onFailing: () => void;
  onSucceeded: (afterFailures: boolean) => void;
  delays?: readonly number[];
}): RetrySchedule {
  const delays = options.delays ?? RETRY_DELAYS_MILLISECONDS;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const attempt = (): boolean => {
    cancel();
    if (options.run()) {
      const afterFailures = failures > 0;
      failures = 0;
      options.onSucceeded(afterFailures);
      return true;
    }
    if (failures === 0) options.onFailing();
    const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000;
    failures += 1;
    timer = setTimeout(attempt, delay);
    return false;
  };

  return { attempt, isWaiting: () => timer !== undefined, cancel };
}
