/** Shortest time between two commits a burst of saves (a learner clicking quickly) may cause. */
export const COMMIT_WINDOW_MILLISECONDS = 1_000;

/**
 * Spaces commits out: each commit opens a window in which further requests only note that
 * another commit is due; that one runs when the window closes. So a burst costs at most one
 * commit per window, and the last change is never left uncommitted.
 */
export interface CommitThrottle {
  /** Runs now when no window is open, else once when the open window closes. */
  request(): void;
  /** Runs now, whatever the window (leaving the page, hiding it, "Save and exit"). */
  runNow(): boolean;
  /** Forgets a due run and closes the window. */
  cancel(): void;
}

export function createCommitThrottle(options: { run: () => boolean; windowMilliseconds?: number }): CommitThrottle {
  const windowMilliseconds = options.windowMilliseconds ?? COMMIT_WINDOW_MILLISECONDS;
  let window: ReturnType<typeof setTimeout> | undefined;
  let due = false;

  const cancel = () => {
    if (window !== undefined) clearTimeout(window);
    window = undefined;
    due = false;
  };
  const runNow = (): boolean => {
    cancel();
    window = setTimeout(() => {
      window = undefined;
      if (due) runNow();
    }, windowMilliseconds);
    return options.run();
  };

  return {
    request: () => {
      if (window === undefined) runNow();
      else due = true;
    },
    runNow,
    cancel,
  };
}
