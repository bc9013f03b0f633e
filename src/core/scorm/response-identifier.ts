/**
 * Moodle 4.5 checks every identifier inside a SCORM 2004 choice, matching, sequencing, likert and
 * performance response against `^[\w\.]{1,250}$` (mod/scorm/datamodels/scorm_13.js,
 * CMIShortIdentifier) and refuses the value with error 406 otherwise; ILIAS and Sakai accept more.
 * The characters every LMS accepts are letters, digits, `_` and `.`.
 */
export const RESPONSE_IDENTIFIER_PATTERN = /^[A-Za-z0-9_.]{1,250}$/;
export const RESPONSE_IDENTIFIER_MAX_LENGTH = 250;

const KEPT = /^[A-Za-z0-9.]$/;

/**
 * An author's id as a response identifier every LMS accepts: `_` doubled first, then each `-`
 * becomes `_` ("left-off" → "left_off", "a_b" → "a__b"), and any other character `.`, its code
 * point in hex, `.`. Authored ids (letters, digits, single dashes or underscores) come out one to
 * one; the build proves it for each question and scenario (findResponseIdentifierClashes), since
 * the rule is not one to one over every string ("a--b" and "a_b" both give "a__b").
 */
export function toResponseIdentifier(id: string): string {
  let encoded = '';
  for (const character of id) {
    if (KEPT.test(character)) encoded += character;
    else if (character === '_') encoded += '__';
    else if (character === '-') encoded += '_';
    else encoded += `.${(character.codePointAt(0) ?? 0).toString(16)}.`;
  }
  return encoded;
}

/** Whether `text` is already a response identifier every LMS accepts. */
export function isResponseIdentifier(text: string): boolean {
  return RESPONSE_IDENTIFIER_PATTERN.test(text);
}

/** Ids of one interaction that would reach the LMS as the same identifier, or as none it accepts. */
export interface ResponseIdentifierClash {
  /** The encoded identifier; for an empty or too long one, what it would have been. */
  identifier: string;
  /** Two or more ids sharing `identifier`, or the one id whose identifier is empty or too long. */
  ids: string[];
}

/**
 * Checks the ids one interaction can send (a question's options, a scene's choices, a scenario's
 * outcome steps): each must give a distinct identifier of 1 to 250 characters. Repeated ids are
 * one id, not a clash.
 */
export function findResponseIdentifierClashes(ids: readonly string[]): ResponseIdentifierClash[] {
  const byIdentifier = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const identifier = toResponseIdentifier(id);
    byIdentifier.set(identifier, [...(byIdentifier.get(identifier) ?? []), id]);
  }
  return [...byIdentifier].flatMap(([identifier, group]) =>
    group.length > 1 || !isResponseIdentifier(identifier) ? [{ identifier, ids: group }] : []);
}
