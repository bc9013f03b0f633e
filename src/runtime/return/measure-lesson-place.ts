import { sectionKey, type LessonPlace } from '../../core/scorm/lesson-place';
import { listContentNotes, readShownNotePart } from '../content-note';

/** One section of the lesson as laid out now, in document coordinates. */
interface Section {
  /** sectionKey of its heading; undefined for the part before the first heading. */
  key?: string;
  top: number;
  bottom: number;
}

const isShown = (element: Element) => element.getClientRects().length > 0;
// The author's headings, as "On this page" and search list them: not the headings quizzes and
// scenarios render in the browser, which appear (and move the sections) only after hydration.
const SECTION_HEADINGS = 'main :is(h2, h3)[id]:not(astro-island *)';
const documentTop = (element: Element) => element.getBoundingClientRect().top + (element.ownerDocument.defaultView?.scrollY ?? 0);

/** The headings that start sections (as "On this page" and search do), in order; hidden ones (in a closed note) do not count. */
function listSections(doc: Document): Section[] {
  const main = doc.querySelector('main');
  if (!main) return [];
  const headings = [...doc.querySelectorAll<HTMLElement>(SECTION_HEADINGS)].filter(isShown);
  const end = Math.max(documentTop(main) + main.getBoundingClientRect().height, 1);
  const starts = [{ top: 0 }, ...headings.map((heading) => ({ key: sectionKey(heading.id), top: documentTop(heading) }))];
  return starts.map((start, index) => ({ ...start, bottom: Math.max(starts[index + 1]?.top ?? end, start.top + 1) }));
}

/** What sticks over the top of the window (the Exit this page bar), as the page's scroll padding says. */
export function readScrollPadding(doc: Document): number {
  return Number.parseFloat(doc.defaultView?.getComputedStyle(doc.documentElement).scrollPaddingTop ?? '') || 0;
}

/** Where the learner reads: the top of the window, below what sticks over it. */
export function readReadingLine(doc: Document): number {
  return (doc.defaultView?.scrollY ?? 0) + readScrollPadding(doc);
}

/** The heading that starts the place's section (the lesson title for the part before the first heading). */
export function findSectionHeading(doc: Document, place: LessonPlace): HTMLElement | null {
  const headings = [...doc.querySelectorAll<HTMLElement>(SECTION_HEADINGS)];
  return headings.find((heading) => place.sectionKey !== undefined && sectionKey(heading.id) === place.sectionKey) ?? doc.querySelector('main h1');
}

/** The innermost content note whose shown part holds the line, if any. */
function findNoteAt(doc: Document, line: number): LessonPlace['note'] {
  let found: LessonPlace['note'];
  listContentNotes(doc).forEach((note, index) => {
    const part = readShownNotePart(note);
    const shown = part && note.querySelector(`:scope > [data-content-note-${part}]`);
    if (!part || !shown) return;
    const top = documentTop(shown);
    if (line >= top && line < top + shown.getBoundingClientRect().height) found = { index, part };
  });
  return found;
}

/** The place at document height `line` of the lesson page now shown. */
export function measureLessonPlace(doc: Document, lessonId: string, line = readReadingLine(doc)): LessonPlace {
  const sections = listSections(doc);
  // A heading scrolled to the top sits on the line give or take a subpixel: that is its section, not the one before.
  const section = sections.findLast((candidate) => candidate.top <= line + 1) ?? sections[0];
  const place: LessonPlace = { lessonId, permille: 0 };
  if (!section) return place;
  if (section.key !== undefined) place.sectionKey = section.key;
  place.permille = Math.min(999, Math.max(0, Math.floor((1000 * (line - section.top)) / (section.bottom - section.top))));
  const note = findNoteAt(doc, line);
  if (note) place.note = note;
  return place;
}

/**
 * The document height of `place` on the page as laid out now (its notes opened first), or undefined
 * when its section is gone (a republished lesson renamed the heading): the caller starts at the top.
 */
export function locateLessonPlace(doc: Document, place: LessonPlace): number | undefined {
  const sections = listSections(doc);
  const section = sections.find((candidate) => candidate.key === place.sectionKey);
  if (!section) return undefined;
  return section.top + ((section.bottom - section.top) * place.permille) / 1000;
}
