import { useEffect, useRef } from 'react';
import { announceIslandHydrated } from '../runtime/island-hydration';

/**
 * A ref for the island's root element that tells the page once React has committed the island
 * (its first effect), so leaving the page can wait for a hydration in progress to finish.
 */
export function useHydratedSignal<T extends Element>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ref.current) announceIslandHydrated(ref.current);
  }, []);
  return ref;
}
