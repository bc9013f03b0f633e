import { hashString } from '../quiz/stable-hash';
import { toBase36 } from './base36';

/** Which part of a content note the place is in: its material (continue) or its short summary. */
export type NotePart = 'material' | 'summary';

/**
 * Where a learner is in a lesson, kept in `cmi.location` (1.2 `cmi.core.lesson_location`): the
 * section (by its heading), how far into it, and the content note open around that place. It
 * survives republishing (sections are keyed by heading id, not position) and reflow (the offset is
 * a share of the section, so a narrower LMS frame or larger text lands on the same words).
 */
export interface LessonPlace {
  lessonId: string;
  /** sectionKey() of the section's heading id; undefined for the part before the first heading. */
  sectionKey?: string;
  /** How far into the section, in thousandths of its height (0–999). */
  permille: number;
  /**
   * The content note the place is inside (its index among the lesson's notes), so it opens again.
   * Only a note holding the place is kept: the place itself says as much, and nothing more is sent.
   */
  note?: { index: number; part: NotePart };
}

const SECTION_KEY_LENGTH = 4;
const partCodes: Record<NotePart, string> = { material: 'n', summary: 's' };

/** The short, stable stand-in for a heading id in a location value. */
export const sectionKey = (headingId: string): string => toBase36(hashString(`h:${headingId}`), SECTION_KEY_LENGTH);

/**
 * `lesson-id` for the top of a lesson (the format every earlier version wrote), otherwise
 * `lesson-id~key~permille` with `~n2` / `~s2` when the place is inside note 2's material / summary.
 * At most 64 + 14 characters: well inside 1.2's 255.
 */
export function encodeLessonPlace(place: LessonPlace): string {
  const permille = Math.min(999, Math.max(0, Math.round(place.permille)));
  if (place.sectionKey === undefined && permille === 0 && !place.note) return place.lessonId;
  const note = place.note ? `~${partCodes[place.note.part]}${place.note.index}` : '';
  return `${place.lessonId}~${place.sectionKey ?? ''}~${permille}${note}`;
}

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACE = /^([0-9a-z]{4})?~(\d{1,3})(?:~([ns])(\d{1,3}))?$/;

/**
 * Reads a stored location: the bare lesson id of earlier versions as the lesson's top, the full
 * form as written above. A value whose lesson id reads but whose rest does not (an LMS that
 * rewrote it) is still that lesson, at its top; anything else is undefined.
 */
export function decodeLessonPlace(value: string): LessonPlace | undefined {
  const [lessonId = '', ...rest] = value.split('~');
  if (!LESSON_ID.test(lessonId)) return undefined;
  const match = rest.length > 0 ? PLACE.exec(rest.join('~')) : null;
  if (!match) return { lessonId, permille: 0 };
  const [, key, permille, part, index] = match;
  const place: LessonPlace = { lessonId, permille: Number(permille) };
  if (key) place.sectionKey = key;
  if (part) place.note = { index: Number(index), part: part === 'n' ? 'material' : 'summary' };
  return place;
}
