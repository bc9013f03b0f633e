import { ELLIPSIS, truncateAtWord } from './truncate-at-word';

/** A run of text, marked when it is a word the query matched (shown in `<mark>`). */
export interface TextPart {
  text: string;
  marked: boolean;
}

// Words as a reader sees them, apostrophes inside kept ("don't").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CONTEXT_BEFORE_MATCH = 60;

/** Splits `text` into parts, marking each word `isMatch` accepts; neighbouring unmarked text is joined. */
export function markWords(text: string, isMatch: (word: string) => boolean): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const found of text.matchAll(WORD)) {
    if (!isMatch(found[0])) continue;
    pushPart(parts, text.slice(position, found.index), false);
    pushPart(parts, found[0], true);
    position = found.index + found[0].length;
  }
  pushPart(parts, text.slice(position), false);
  return parts;
}

/**
 * About `maxChars` of `text` around its first matching word, cut between words, "…" where cut,
 * matching words marked. Without a match it is the start of the text.
 */
export function buildSnippet(text: string, isMatch: (word: string) => boolean, maxChars: number): TextPart[] {
  const start = snippetStart(text, firstMatchIndex(text, isMatch));
  const window = truncateAtWord(text.slice(start), maxChars);
  return markWords(start > 0 ? `${ELLIPSIS}${window}` : window, isMatch);
}

function firstMatchIndex(text: string, isMatch: (word: string) => boolean): number {
  for (const found of text.matchAll(WORD)) {
    if (isMatch(found[0])) return found.index;
  }
  return 0;
}

function snippetStart(text: string, matchIndex: number): number {
  if (matchIndex <= CONTEXT_BEFORE_MATCH) return 0;
  const space = text.indexOf(' ', matchIndex - CONTEXT_BEFORE_MATCH);
  return space === -1 || space >= matchIndex ? matchIndex : space + 1;
}

function pushPart(parts: TextPart[], text: string, marked: boolean): void {
  if (text === '') return;
  const previous = parts.at(-1);
  if (previous && !previous.marked && !marked) previous.text += text;
  else parts.push({ text, marked });
}
