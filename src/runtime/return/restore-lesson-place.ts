import type { LessonPlace } from '../../core/scorm/lesson-place';
import { listContentNotes, reopenContentNote } from '../content-note';
import { findSectionHeading, locateLessonPlace, readScrollPadding } from './measure-lesson-place';

// After a page arrives, islands rendered in the browser (quizzes, scenarios) and late fonts still
// change the layout for a while (held for layoutHoldMs), and a smooth scroll started on the page
// before (focusing the Next link at its foot) can carry on into the new one (undone for
// scrollHoldMs: any longer and a screen reader's own scrolling, which sends no input events, would
// be fought). Whatever the learner does first ends the hold, a scroll without input after
// scrollHoldMs included.
const layoutHoldMs = 10_000;
const scrollHoldMs = 1500;
const learnerMoves = ['wheel', 'touchstart', 'keydown', 'pointerdown', 'focusin'] as const;

/** Moves focus without scrolling: a heading gets tabindex -1 so it can take focus. */
export function focusWithoutScrolling(element: HTMLElement | null): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/** Scrolls at once, whatever `scroll-behavior: smooth` says: a page change is not an animation. */
function scrollInstantly(doc: Document, top: number): void {
  doc.defaultView?.scrollTo({ top: Math.max(0, top), left: 0, behavior: 'instant' });
}

/** Keeps the window at `target()` (a scroll offset) while the page settles, until the learner moves. */
function holdScroll(doc: Document, target: () => number | undefined): void {
  const view = doc.defaultView;
  if (!view) return;
  // Where the hold last put the window (the browser stops short of a place near the page's end).
  let heldAt = view.scrollY;
  const keep = () => {
    const top = target();
    if (top !== undefined && Math.abs(view.scrollY - Math.max(0, top)) > 2) scrollInstantly(doc, top);
    heldAt = view.scrollY;
  };
  keep();
  const main = doc.querySelector('main');
  const stop = new AbortController();
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(keep);
  const release = () => {
    observer?.disconnect();
    stop.abort();
  };
  let undoingScrolls = true;
  const onScroll = () => {
    if (undoingScrolls) {
      keep();
      return;
    }
    // Past the first moments, a scroll the hold did not make is the learner's (a screen reader's
    // sends no input event): from then on the window is theirs, whatever the layout does.
    if (Math.abs(view.scrollY - heldAt) > 2) release();
  };
  if (main) observer?.observe(main);
  view.addEventListener('scroll', onScroll, { passive: true, signal: stop.signal });
  for (const move of learnerMoves) view.addEventListener(move, release, { capture: true, passive: true, signal: stop.signal });
  doc.addEventListener('astro:before-preparation', release, { signal: stop.signal });
  view.setTimeout(() => (undoingScrolls = false), scrollHoldMs);
  view.setTimeout(release, layoutHoldMs);
}

/** Opens the lesson at its top with focus on its heading, as after Next, Previous or a menu link. */
export function openLessonAtTop(doc: Document): void {
  focusWithoutScrolling(doc.querySelector<HTMLElement>('main h1'));
  holdScroll(doc, () => 0);
}

/**
 * Opens the lesson at `place`: its content note open again as the learner had it, the window at the
 * same share of the same section, focus on that section's heading. False when the section is gone
 * (a republished lesson renamed it): the caller opens the lesson at its top.
 */
export function restoreLessonPlace(doc: Document, place: LessonPlace): boolean {
  if (place.note) {
    const note = listContentNotes(doc)[place.note.index];
    if (note) reopenContentNote(note, place.note.part);
  }
  const target = () => {
    const line = locateLessonPlace(doc, place);
    return line === undefined ? undefined : line - readScrollPadding(doc);
  };
  if (target() === undefined) return false;
  focusWithoutScrolling(findSectionHeading(doc, place));
  holdScroll(doc, target);
  return true;
}
