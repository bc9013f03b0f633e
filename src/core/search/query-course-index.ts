import lunr from 'lunr';
import { isEmptyQuery, type LearnerQuery } from './learner-query';

// A whole-word match should outrank a word that only starts the same way.
const WHOLE_WORD_BOOST = 10;
const PARTIAL_WORD_BOOST = 1;
const MIN_PREFIX_LENGTH = 2;
const MIN_STEM_LENGTH = 4;
// Stemmers cut at most a few letters ("facilitating" -> "facilit"), so a half-typed word is at most
// that much longer than the stem it is heading for.
const MAX_LETTERS_PAST_STEM = 4;

/**
 * Runs a learner's words against one course index, always through lunr's query builder (never its
 * string parser, which throws on input like "care:" or "~"). The last word, while still being typed,
 * also matches as a prefix: of index terms ("facil" finds "facilit") and by index terms
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
        if (term !== '') builder.term(term, { usePipeline: false, boost: WHOLE_WORD_BOOST });
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
