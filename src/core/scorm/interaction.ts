/** The interaction types of SCORM 2004; 1.2 lacks `long-fill-in` and `other`. */
export type InteractionType =
  | 'true-false' | 'choice' | 'fill-in' | 'long-fill-in' | 'matching'
  | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';

/** Results in 2004 words; 1.2 says "wrong" for "incorrect". */
export type InteractionResult = 'correct' | 'incorrect' | 'neutral' | 'unanticipated';

/** A pair of ids: matching source → target, or performance step → answer. */
export type IdPair = readonly [string, string];

type Answer<T extends InteractionType, V> = { type: T; response: V; correctResponse?: V };

/** The right numbers of a numeric interaction: from `min` to `max`, either end open; an exact answer has both the same. */
export interface NumericRange {
  min?: number;
  max?: number;
}

/** The learner's answer, typed by interaction type; choice ids are the author's stable ids. */
export type InteractionAnswer =
  | Answer<'true-false', boolean>
  | Answer<'choice' | 'sequencing', readonly string[]>
  | Answer<'likert', string>
  | Answer<'matching' | 'performance', readonly IdPair[]>
  | { type: 'numeric'; response: number; correctResponse?: NumericRange }
  | Answer<'fill-in' | 'long-fill-in' | 'other', string>;

export type InteractionRecord = InteractionAnswer & {
  /** Stable, unique within the package, no spaces: see createInteractionId. */
  id: string;
  result: InteractionResult;
  timestamp: Date;
  latencyMilliseconds?: number;
  weighting?: number;
  /** Question text for LMS reports (2004 only). Never a learner's free text. */
  description?: string;
  /**
   * Ids of the choices (or matching sources) in the order shown. SCORM 1.2 responses can only
   * hold single characters 0–9 and a–z, so there an id is sent as the character of its position.
   */
  options?: readonly string[];
  /** Ids of the matching targets in the order shown, for the same 1.2 mapping. */
  targets?: readonly string[];
};

/** URN-like id that survives republishing: `urn:peerpath:<courseId>:<part>:…`. */
export function createInteractionId(courseId: string, ...parts: readonly string[]): string {
  const id = ['urn', 'peerpath', courseId, ...parts].join(':');
  if (!isInteractionId(id)) throw new RangeError(`"${id}" is not a valid interaction id`);
  return id;
}

/** Fits both 1.2 CMIIdentifier (no spaces, ≤ 255) and 2004 long_identifier_type. */
export function isInteractionId(id: string): boolean {
  return /^[A-Za-z0-9:._-]{1,255}$/.test(id);
}
