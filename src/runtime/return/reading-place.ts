import { decodeLessonPlace, encodeLessonPlace, type LessonPlace } from '../../core/scorm/lesson-place';

// Per tab, like the place itself: two tabs on two lessons each come back to their own. It also
// carries the place over a reload when an LMS will not start a second session in the same frame.
const storageKey = (courseId: string) => `peerpath:place:${courseId}`;

function readSessionStorage(view: Window | null): Storage | undefined {
  try {
    return view?.sessionStorage;
  } catch {
    return undefined; // storage blocked, e.g. a sandboxed LMS frame
  }
}

/**
 * The learner's place as last settled in this tab: kept in memory (the ClientRouter keeps this
 * module alive between pages) and in sessionStorage (a reload), and handed to `keep` (the tracker's
 * bookmark, which the LMS or the browser keeps between visits).
 */
export interface ReadingPlaces {
  settle(doc: Document, courseId: string, place: LessonPlace): void;
  /** The place settled on this page (path), if any. */
  readSettledOn(path: string): LessonPlace | undefined;
  /** The last place of this course in this tab, if any. */
  readLast(doc: Document, courseId: string): LessonPlace | undefined;
}

export function createReadingPlaces(keep: (location: string) => void): ReadingPlaces {
  let last: { courseId: string; path: string; place: LessonPlace } | undefined;
  return {
    settle(doc, courseId, place) {
      last = { courseId, path: doc.location.pathname, place };
      const location = encodeLessonPlace(place);
      try {
        readSessionStorage(doc.defaultView)?.setItem(storageKey(courseId), location);
      } catch {
        // Full storage: memory and the bookmark still hold the place.
      }
      keep(location);
    },
    readSettledOn: (path) => (last?.path === path ? last.place : undefined),
    readLast(doc, courseId) {
      if (last?.courseId === courseId) return last.place;
      const stored = readSessionStorage(doc.defaultView)?.getItem(storageKey(courseId));
      return stored ? decodeLessonPlace(stored) : undefined;
    },
  };
}
