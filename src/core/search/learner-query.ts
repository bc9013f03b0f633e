/** What a learner typed, reduced to plain words: no lunr query syntax reaches the index. */
export interface LearnerQuery {
  words: string[];
  /** True while the learner may still be typing the last word (no space after it yet). */
  lastWordIsPartial: boolean;
}

const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 40;
// The same separator lunr's tokenizer splits on, so a query word lines up with an index token.
const SEPARATOR = /[\s-]+/u;
const EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// "*" is a wildcard even inside a term built with lunr's query builder.
const WILDCARD = /\*/g;

/**
 * Turns raw input into words. Learners type anything ("trauma:", "~", "+care -", quotes); lunr's own
 * query parser throws on some of it, so search never uses it and treats every word as plain text.
 */
export function parseLearnerQuery(raw: string): LearnerQuery {
  const words: string[] = [];
  let lastPieceAddedWord = false;
  for (const piece of raw.toLowerCase().split(SEPARATOR)) {
    const trimmed = piece.replace(WILDCARD, '').replace(EDGE_NON_WORD, '');
    const word = Array.from(trimmed).slice(0, MAX_WORD_LENGTH).join('');
    lastPieceAddedWord = word !== '' && !words.includes(word);
    if (lastPieceAddedWord) words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return { words, lastWordIsPartial: lastPieceAddedWord && !/\s$/u.test(raw) };
}

export function isEmptyQuery(query: LearnerQuery): boolean {
  return query.words.length === 0;
}
