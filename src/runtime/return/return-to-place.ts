import { encodeLessonPlace, type LessonPlace } from '../../core/scorm/lesson-place';
import { readPageContext, toLessonUrl } from '../scorm/course-page-context';
import { classifyNavigation, classifyPageLoad, type Arrival } from './arrival';
import { measureLessonPlace, readReadingLine } from './measure-lesson-place';
import { createReadingPlaces } from './reading-place';
import { openLessonAtTop, restoreLessonPlace } from './restore-lesson-place';

export interface ReturnToPlaceOptions {
  /** The tracker's bookmark, once tracking has started (undefined without tracking). */
  readBookmark: () => Promise<LessonPlace | undefined>;
  /** Moves the tracker's bookmark; the tracker writes it with its next save. */
  keepBookmark: (location: string) => void;
  /** How this document was loaded (`performance` navigation timing), unless a test says otherwise. */
  pageLoadType?: () => string | undefined;
  signal?: AbortSignal;
}

// Passing through a part of the lesson does not make it the place; staying for a moment does. The
// header is not sticky, so a learner scrolls (or tabs) up past other parts to Take a break or Save and exit.
const dwellMs = 1200;

const readPageLoadType = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;

function currentLesson(doc: Document): { courseId: string; lessonId: string } | undefined {
  const { kind, courseId, lessonId } = readPageContext(doc);
  return kind === 'lesson' && courseId && lessonId ? { courseId, lessonId } : undefined;
}

/** Above the lesson: where the header's buttons are. Reaching them is not reading there. */
function isAboveLesson(doc: Document, line: number): boolean {
  const main = doc.querySelector('main');
  return !!main && line < main.getBoundingClientRect().top + (doc.defaultView?.scrollY ?? 0);
}

const isLessonTop = (place: LessonPlace) => place.sectionKey === undefined && place.permille === 0;

// The ClientRouter loads the next page in a hidden iframe to prepare its client-only islands. That
// copy shares this tab's storage but has no window anyone reads in: it must not touch the place.
const isUnseen = () => window.innerHeight === 0;

/**
 * Every way back to a lesson lands on the learner's place (see Arrival); every other page change
 * starts at the top with focus on the lesson heading. Notes the place as the learner reads and keeps
 * it (tab, tracker bookmark); points the break page's "Back to where I was" at it.
 */
export function startReturnToPlace(options: ReturnToPlaceOptions): void {
  const places = createReadingPlaces(options.keepBookmark);
  const listening = { signal: options.signal };
  const first = { capture: true, signal: options.signal };
  let firstLoad = true;
  let nextArrival: Arrival | undefined;
  let candidate = '';
  let dwell: ReturnType<typeof setTimeout> | undefined;

  /**
   * `passing`: the window moved, a part becomes the place if the learner stays; `leaving`: the page
   * is left now, and a part still only passed (the window may still be moving up to the header) does
   * not replace the place settled on this page; `arrived`: the page opened there, it is the place.
   */
  const noteReading = (moment: 'passing' | 'leaving' | 'arrived') => {
    const page = currentLesson(document);
    if (!page || isUnseen()) return;
    const line = readReadingLine(document);
    const settled = places.readSettledOn(location.pathname);
    if (moment === 'leaving' && settled) return;
    if (moment === 'passing' && isAboveLesson(document, line) && settled && !isLessonTop(settled)) {
      // Passing a part on the way up to the header does not make it the place: forget it.
      clearTimeout(dwell);
      candidate = '';
      return;
    }
    const place = measureLessonPlace(document, page.lessonId, line);
    const key = `${location.pathname}|${encodeLessonPlace(place)}`;
    if (moment === 'passing' && key === candidate) return;
    candidate = key;
    clearTimeout(dwell);
    if (moment === 'passing') dwell = setTimeout(() => places.settle(document, page.courseId, place), dwellMs);
    else places.settle(document, page.courseId, place);
  };

  const startAtTop = (page: { courseId: string; lessonId: string }) => {
    openLessonAtTop(document);
    places.settle(document, page.courseId, { lessonId: page.lessonId, permille: 0 });
  };

  const readPlace = async (courseId: string) => places.readLast(document, courseId) ?? (await options.readBookmark());

  const arrive = async (arrival: Arrival) => {
    if (isUnseen()) return;
    const { kind, courseId } = readPageContext(document);
    if (kind === 'break' && courseId) {
      pointBreakLinksAt(await readPlace(courseId));
      return;
    }
    const page = currentLesson(document);
    if (!page) return;
    if (arrival === 'top') {
      startAtTop(page);
      return;
    }
    if (arrival !== 'return') {
      // A page that opens at a heading (a link to it, Back / Forward) is read there from the start.
      noteReading(arrival === 'history' ? 'arrived' : 'passing');
      return;
    }
    const place = await readPlace(page.courseId);
    if (place?.lessonId === page.lessonId && restoreLessonPlace(document, place)) places.settle(document, page.courseId, place);
    else startAtTop(page);
  };

  document.addEventListener('astro:before-preparation', (event) => {
    clearTimeout(dwell); // a part not stayed with yet must not become the place once the next page is in
    noteReading('leaving');
    nextArrival = classifyNavigation(event);
  }, listening);
  document.addEventListener('astro:page-load', () => {
    const arrival = nextArrival ?? (firstLoad ? classifyPageLoad((options.pageLoadType ?? readPageLoadType)(), location.hash) : 'history');
    firstLoad = false;
    nextArrival = undefined;
    void arrive(arrival);
  }, listening);
  window.addEventListener('scroll', () => noteReading('passing'), { ...listening, passive: true });
  // Before tracking's own handlers (capture runs first at the target), so the last save carries the place.
  window.addEventListener('pagehide', () => noteReading('leaving'), first);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') noteReading('leaving');
  }, first);
}

/** On the break page: "Back to where I was" goes to the place's lesson (the server-rendered overview link otherwise). */
function pointBreakLinksAt(place: LessonPlace | undefined): void {
  if (!place) return;
  const href = toLessonUrl({ id: place.lessonId }, location.href);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-break-return]')) link.href = href;
}
