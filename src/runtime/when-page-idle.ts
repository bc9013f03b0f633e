/** Marked when work deferred until the page is idle begins, so weight measurements can tell it from start-up. */
export const pageIdleMark = 'peerpath:page-idle';

/**
 * Resolves once the browser has finished the page's start-up work (or after `timeoutMs` at the
 * latest), so code that can wait does not compete with the first paint or the learner's first input.
 */
export function whenPageIdle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const markAndResolve = () => {
      performance.mark(pageIdleMark);
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(markAndResolve, { timeout: timeoutMs });
    else setTimeout(markAndResolve, 0); // Safari has no requestIdleCallback
  });
}
