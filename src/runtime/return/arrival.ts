/** The `info` a course passes to `navigate()` when it takes the learner back to their place (LMS relaunch). */
export const RETURN_NAVIGATION = 'peerpath:return-to-place';

/**
 * How a page was reached, which decides where it opens:
 * - `return`: a way back (Continue where you left off, Back to where I was, the course resuming in
 *   an LMS, a reload): the learner's place, with its content note open;
 * - `top`: Next, Previous, the course menu and other links: the top, focus on the lesson heading;
 * - `history`: Back / Forward, or a link to a heading: the browser and the router place it;
 * - `fresh`: the first page of a visit, typed or launched: the top, focus left alone.
 */
export type Arrival = 'return' | 'top' | 'history' | 'fresh';

/** What the ClientRouter's `astro:before-preparation` event says about a navigation. */
export interface RouterNavigation {
  navigationType: string;
  sourceElement?: Element | undefined;
  info?: unknown;
  to: URL;
}

/** The arrival of a ClientRouter navigation. */
export function classifyNavigation(navigation: RouterNavigation): Arrival {
  if (navigation.navigationType === 'traverse') return 'history';
  if (navigation.info === RETURN_NAVIGATION || navigation.sourceElement?.closest('[data-return-link]')) return 'return';
  return navigation.to.hash ? 'history' : 'top';
}

/** The arrival of a full page load: a reload is a way back; Back / Forward is the browser's to place. */
export function classifyPageLoad(navigationType: string | undefined, hash: string): Arrival {
  if (navigationType === 'reload') return 'return';
  if (navigationType === 'back_forward' || hash) return 'history';
  return 'fresh';
}
