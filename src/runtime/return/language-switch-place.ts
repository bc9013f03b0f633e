import { sectionKey, type LessonPlace } from '../../core/scorm/lesson-place';
import { SECTION_HEADINGS } from './measure-lesson-place';

/**
 * A place as a language switch carries it: section headings differ between languages (so do their
 * ids and keys), but the build's match check keeps them the same in number and order, so the
 * section travels by its position among the lesson's headings.
 */
export interface SwitchedPlace {
  lessonId: string;
  /** Position of the section's heading among the page's section headings; -1 for the part before the first. */
  sectionIndex: number;
  permille: number;
  note?: LessonPlace['note'];
}

const listHeadings = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(SECTION_HEADINGS)];

/** The place on the page being left, with its section by position. */
export function toSwitchedPlace(doc: Document, place: LessonPlace): SwitchedPlace {
  const sectionIndex = place.sectionKey === undefined ? -1 : listHeadings(doc).findIndex((heading) => sectionKey(heading.id) === place.sectionKey);
  return { lessonId: place.lessonId, sectionIndex, permille: sectionIndex === -1 && place.sectionKey !== undefined ? 0 : place.permille, ...(place.note ? { note: place.note } : {}) };
}

/** The same place on the page arrived at, in its language. */
export function fromSwitchedPlace(doc: Document, switched: SwitchedPlace): LessonPlace {
  const heading = switched.sectionIndex >= 0 ? listHeadings(doc)[switched.sectionIndex] : undefined;
  return {
    lessonId: switched.lessonId,
    permille: switched.sectionIndex >= 0 && !heading ? 0 : switched.permille,
    ...(heading ? { sectionKey: sectionKey(heading.id) } : {}),
    ...(switched.note ? { note: switched.note } : {}),
  };
}
