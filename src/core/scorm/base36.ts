const BASE36_DIGITS = /^[0-9a-z]+$/;

/** `value` in base 36 (0-9, a-z), left-padded with "0" to `width`; a longer number keeps its last `width` digits. */
export function toBase36(value: number, width: number): string {
  return value.toString(36).padStart(width, '0').slice(-width);
}

/** Reads lowercase base-36 digits; undefined for anything else, so saved text is never half-trusted. */
export function readBase36(text: string): number | undefined {
  return BASE36_DIGITS.test(text) ? parseInt(text, 36) : undefined;
}
