import { readBase36, toBase36 } from './base36';
import { KEY_LENGTH, PART_SEPARATOR, PAYLOAD_LENGTH_DIGITS } from './learner-state-format';

/** One saved question or scenario: its key and what follows the length. */
export interface SavedEntry {
  key: string;
  payload: string;
}

/** Key, payload length (PAYLOAD_LENGTH_DIGITS base-36 digits), payload. */
export function encodeStateEntry(key: string, payload: string): string {
  return `${key}${toBase36(payload.length, PAYLOAD_LENGTH_DIGITS)}${payload}`;
}

/**
 * Splits a part of length-prefixed entries. A "|" where the next entry would start ends the part,
 * and what follows it is the next part (`rest`). Reading stops at the first entry whose length is
 * not base 36 or runs past the end (text cut short by an LMS): what came before is still good.
 */
export function splitStateEntries(text: string): { entries: SavedEntry[]; rest?: string } {
  const entries: SavedEntry[] = [];
  let at = 0;
  while (at < text.length) {
    if (text.charAt(at) === PART_SEPARATOR) return { entries, rest: text.slice(at + 1) };
    const start = at + KEY_LENGTH + PAYLOAD_LENGTH_DIGITS;
    const length = start > text.length ? undefined : readBase36(text.slice(at + KEY_LENGTH, start));
    if (length === undefined || start + length > text.length) break;
    entries.push({ key: text.slice(at, at + KEY_LENGTH), payload: text.slice(start, start + length) });
    at = start + length;
  }
  return { entries };
}
