/** Per browser tab, so two tabs on two lessons each come back to their own place. */
export const breakReturnKey = 'peerpath:break-return';

export interface HeadingPosition {
  id: string;
  /** Distance from the top of the viewport, in CSS pixels (negative once scrolled past). */
  top: number;
}

/**
 * Which heading's part is being read: the last one that has reached the upper third of the
 * window; -1 while the learner is still above the first heading.
 */
export function findReadingIndex(headings: readonly HeadingPosition[], viewportHeight: number): number {
  let reading = -1;
  headings.forEach((heading, index) => {
    if (heading.top <= viewportHeight / 3) reading = index;
  });
  return reading;
}

/** The page's address with the heading being read as its fragment (and no other fragment). */
export function toReturnUrl(pageUrl: string, headingId: string | undefined): string {
  const url = new URL(pageUrl);
  url.hash = headingId ? encodeURIComponent(headingId) : '';
  return url.href;
}

/**
 * The stored place, if it is a page of the same course: a sibling of the break page in the
 * course folder, and not the break page itself. Anything else (another course, another site,
 * an unreadable value) gives undefined, and the break page keeps its link to the overview.
 */
export function toSafeReturnUrl(stored: string | null | undefined, breakPageUrl: string): string | undefined {
  if (!stored) return undefined;
  try {
    const target = new URL(stored, breakPageUrl);
    const breakPage = new URL(breakPageUrl);
    const folder = new URL('./', breakPage).pathname;
    const file = target.pathname.slice(folder.length);
    const sameFolder = target.origin === breakPage.origin && target.pathname.startsWith(folder) && !file.includes('/');
    return sameFolder && file.endsWith('.html') && target.pathname !== breakPage.pathname ? target.href : undefined;
  } catch {
    return undefined;
  }
}
