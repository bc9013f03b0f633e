import lunr from 'lunr';
import { isEmptyQuery, type LearnerQuery } from './learner-query';
import { exactTerm, termsStartingWith, type TermRange } from './shard-ranges';

// A whole-word match should outrank a word that only starts the same way.
const WHOLE_WORD_BOOST = 10;
const PARTIAL_WORD_BOOST = 1;
const MIN_PREFIX_LENGTH = 2;
const MIN_STEM_LENGTH = 4;
// Stemmers cut at most a few letters ("facilitating" -> "facilit"), so a half-typed word is at most
// that much longer than the stem it is heading for.
const MAX_LETTERS_PAST_STEM = 4;

/**
 * Runs a learner's words against an index, always through lunr's query builder (never its string
 * parser, which throws on input like "care:" or "~"). Each word matches its stem; when the index has
 * no such stem, the word family is found by prefix instead ("disclose" stems to "disclos", which the
 * index lacks, and "disclos*" finds "disclosur" from "disclosure"). The last word, while still being
 * typed, also matches as a prefix: of index terms ("facil" finds "facilit") and by index terms
 * ("facilitati" finds "facilit", which a plain prefix search cannot, as the index holds stems).
 */
export function queryCourseIndex(
  index: lunr.Index,
  query: LearnerQuery,
  normalise: (word: string) => string,
): lunr.Index.Result[] {
  if (isEmptyQuery(query)) return [];
  const lastPosition = query.words.length - 1;
  try {
    return index.query((builder) => {
      query.words.forEach((word, position) => {
        const term = normalise(word);
        if (term !== '') {
          const byPrefix = term.length >= MIN_STEM_LENGTH && !hasIndexTerm(index, term);
          builder.term(term, {
            usePipeline: false,
            boost: WHOLE_WORD_BOOST,
            ...(byPrefix ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
          });
        }
        if (position === lastPosition && query.lastWordIsPartial && word.length >= MIN_PREFIX_LENGTH) {
          addPartialWordClauses(builder, index, word, term);
        }
      });
    });
  } catch {
    // Nothing a learner types should break the page; no results is the calm outcome.
    return [];
  }
}

/**
 * Every range of index terms `queryCourseIndex` may look up for this query, so that only the shards
 * holding them need to be fetched.
 */
export function termRangesOfQuery(query: LearnerQuery, normalise: (word: string) => string): TermRange[] {
  const lastPosition = query.words.length - 1;
  return query.words.flatMap((word, position) => {
    const term = normalise(word);
    const ranges = term === '' ? [] : [term.length >= MIN_STEM_LENGTH ? termsStartingWith(term) : exactTerm(term)];
    if (position === lastPosition && query.lastWordIsPartial && word.length >= MIN_PREFIX_LENGTH) {
      const shortest = Math.min(word.length, Math.max(MIN_STEM_LENGTH, word.length - MAX_LETTERS_PAST_STEM));
      ranges.push({ from: word.slice(0, shortest), to: termsStartingWith(word).to });
    }
    return ranges;
  });
}

function addPartialWordClauses(builder: lunr.Query, index: lunr.Index, word: string, term: string): void {
  builder.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: PARTIAL_WORD_BOOST });
  const shortest = Math.max(MIN_STEM_LENGTH, word.length - MAX_LETTERS_PAST_STEM);
  for (let length = word.length - 1; length >= shortest; length -= 1) {
    const candidate = word.slice(0, length);
    if (candidate !== term && hasIndexTerm(index, candidate)) {
      builder.term(candidate, { usePipeline: false, boost: PARTIAL_WORD_BOOST });
    }
  }
}

function hasIndexTerm(index: lunr.Index, term: string): boolean {
  // Public on every lunr.Index, though @types/lunr does not declare it.
  const { invertedIndex } = index as unknown as { invertedIndex: object };
  return Object.prototype.hasOwnProperty.call(invertedIndex, term);
}

/** The index terms a result matched, for marking words in its snippet. */
export function matchedTermsOf(result: lunr.Index.Result): string[] {
  return Object.keys(result.matchData.metadata);
}
