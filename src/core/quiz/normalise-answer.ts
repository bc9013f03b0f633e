/**
 * A typed answer in the form fill-in answers are compared in: NFC, trimmed, whitespace runs as one
 * space, lowercase. NFC first so "é" typed as e + combining accent matches a precomposed "é"; again
 * at the end because lowercasing may leave decomposed characters.
 */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase().normalize('NFC');
}
