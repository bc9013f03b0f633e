/**
 * Set on an `<astro-island>` once React has committed it ("done"), or when leaving stood it down
 * before it started ("skipped"), or "timed-out". An attribute, not an event: an island can commit before the page
 * script that holds leaving has run.
 */
export const HYDRATION_ATTRIBUTE = 'data-hydration';
const waiting = new Map<Element, () => void>();

function settle(island: Element, how: 'done' | 'skipped' | 'timed-out'): void {
  if (!island.hasAttribute(HYDRATION_ATTRIBUTE)) island.setAttribute(HYDRATION_ATTRIBUTE, how);
  waiting.get(island)?.();
  waiting.delete(island);
}

/** Called from an island's first effect with its root element: React has committed it, so it may be unmounted safely. */
export function announceIslandHydrated(element: Element): void {
  const island = element.closest('astro-island');
  if (island) settle(island, 'done');
}

export interface HoldLeavingOptions {
  signal?: AbortSignal;
  /** At most this long for a hydration to commit (an island that threw never does): leaving is never stuck. */
  ceilingMs?: number;
}

/**
 * Keeps the ClientRouter from swapping a page out while one of its islands is hydrating.
 *
 * Astro hands an island to React (`hydrateRoot` in a transition, which yields between chunks) and
 * removes its `ssr` attribute; on leaving, the router swaps the body and dispatches `astro:unmount`
 * to each island it took out, and @astrojs/react answers with `root.unmount()`. An unmount before
 * hydration has committed is an "early update" to a root that never hydrated: React 19 throws
 * error #424 and reports it on the console. So leaving waits, once the next page has loaded, for
 * the islands React is hydrating to commit; islands not started yet (still `ssr`) lose the
 * attribute, which @astrojs/react's client reads as "nothing to hydrate", so none can start in the
 * moment between this wait and the swap.
 */
export function holdLeavingWhileIslandsHydrate(doc: Document, options: HoldLeavingOptions = {}): void {
  const { signal, ceilingMs = 3000 } = options;
  const whenSettled = (island: Element) => new Promise<void>((resolve) => {
    waiting.set(island, resolve);
    setTimeout(() => settle(island, 'timed-out'), ceilingMs);
  });
  doc.addEventListener('astro:before-preparation', (event) => {
    const load = event.loader;
    event.loader = async () => {
      await load();
      for (const island of doc.querySelectorAll(`astro-island[ssr]:not([${HYDRATION_ATTRIBUTE}])`)) {
        island.removeAttribute('ssr');
        settle(island, 'skipped');
      }
      const hydrating = [...doc.querySelectorAll(`astro-island:not([${HYDRATION_ATTRIBUTE}])`)];
      await Promise.all(hydrating.map(whenSettled));
    };
  }, { signal });
}
