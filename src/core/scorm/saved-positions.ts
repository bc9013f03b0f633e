import { readBase36 } from './base36';

// Saved answers name an option, pair, step or level by its authored position, one base-36 digit
// each, so they stay short (MAX_SAVED_CHOICES ids at most).

/** The digit of `id`'s position in `ids`; undefined for an id the question does not have. */
export function toPositionDigit(ids: readonly string[], id: string): string | undefined {
  const index = ids.indexOf(id);
  return index < 0 ? undefined : index.toString(36);
}

/** The id at the position one saved digit names; undefined for anything else. */
export function readPositionDigit(ids: readonly string[], digit: string): string | undefined {
  const index = digit.length === 1 ? readBase36(digit) : undefined;
  return index === undefined ? undefined : ids[index];
}
