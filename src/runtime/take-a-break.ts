import { breakReturnKey, findReadingIndex, toReturnUrl, toSafeReturnUrl } from './break-return';

// The ClientRouter keeps this module alive between pages, so the place survives even where the
// browser refuses sessionStorage (some LMS frames); sessionStorage covers a full reload.
let remembered: string | undefined;

// The header is not sticky: by the time Take a break is pressed the learner has scrolled or
// tabbed back up to it, passing other parts on the way. So the place is the part they stayed
// with for a moment (dwellMs), noted as they read, not the scroll position at the click.
const dwellMs = 1200;
let place = { path: '', index: -1 };
let candidate = { path: '', index: -1 };
let dwell: ReturnType<typeof setTimeout> | undefined;

function readSessionStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

const readHeadings = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('main :is(h2, h3)[id]')];

function readReadingIndex(doc: Document): number {
  const positions = readHeadings(doc).map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top }));
  return findReadingIndex(positions, doc.defaultView?.innerHeight ?? 0);
}

/**
 * Called on scroll, and with `settled` when a page arrives (at a heading, if its address has
 * one). Passing through a part does not count; staying does. The top of the page never
 * replaces a part read further down: that is where the header's button is.
 */
export function noteReadingPosition(doc: Document, settled = false): void {
  const path = doc.location.pathname;
  const index = readReadingIndex(doc);
  if (place.path !== path) place = { path, index: -1 };
  if (!settled && candidate.path === path && candidate.index === index) return;
  candidate = { path, index };
  clearTimeout(dwell);
  if (index < 0) return;
  if (settled) {
    place.index = index;
    return;
  }
  dwell = setTimeout(() => {
    if (candidate.path === place.path) place.index = candidate.index;
  }, dwellMs);
}

/** Called as the learner leaves for the break page: this page, at the part they were reading. */
export function rememberReturnPlace(doc: Document): string {
  const index = place.path === doc.location.pathname && place.index >= 0 ? place.index : readReadingIndex(doc);
  remembered = toReturnUrl(doc.location.href, readHeadings(doc)[index]?.id);
  try {
    readSessionStorage()?.setItem(breakReturnKey, remembered);
  } catch {
    // Full storage: the in-memory place still works until a reload.
  }
  return remembered;
}

/** On the break page: points every "back" link at the remembered place, if there is one. */
export function showReturnPlace(doc: Document): void {
  if (doc.body.dataset.pageKind !== 'break') return;
  const stored = remembered ?? readSessionStorage()?.getItem(breakReturnKey);
  const href = toSafeReturnUrl(stored, doc.location.href);
  if (!href) return; // keeps the server-rendered link to the course overview
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-break-return]')) link.href = href;
}

/** The grounding steps stay folded away until the learner asks for them. */
export function enhanceGroundingInvitation(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-grounding-start]');
  const steps = button && doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !steps || button.dataset.enhanced) return;
  button.dataset.enhanced = 'true';
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    steps.hidden = !open;
    if (open) steps.focus();
  });
}
