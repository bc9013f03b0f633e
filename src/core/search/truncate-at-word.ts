export const ELLIPSIS = '…';

/**
 * The start of `text`, at most `maxChars` long plus an ellipsis, cut between words. A single word
 * longer than half the limit is cut inside, so the result never runs far past the limit.
 */
export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const lastSpace = text.lastIndexOf(' ', maxChars);
  const cut = lastSpace >= maxChars / 2 ? lastSpace : maxChars;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
