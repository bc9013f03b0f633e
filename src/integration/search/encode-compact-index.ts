import lunr from 'lunr';
import type { CompactIndex } from '../../core/search/compact-index';
import { applySearchLanguage, type SearchLanguage } from '../../core/search/search-language';

export interface IndexField {
  name: string;
  boost: number;
}

/**
 * Indexes documents the way lunr.Builder does (its tokenizer separator, the language's indexing
 * pipeline) but keeps only terms and counts. Each distinct word goes through the pipeline once: a
 * thousand lessons repeat the same few thousand words, and lunr's Builder, which stems every
 * occurrence and allocates objects per term and document, took most of the build's search time.
 */
export function encodeCompactIndex(
  language: SearchLanguage,
  fields: readonly IndexField[],
  documents: Record<string, string>[],
): CompactIndex {
  const { forEachTerm, searchPipeline } = createLanguageTokenizer(language);
  const termIds = new Map<string, number>();
  const counted = documents.map((document) =>
    fields.map((field) => {
      const counts = new Map<number, number>();
      forEachTerm(document[field.name] ?? '', (term) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    }),
  );
  const terms = [...termIds.keys()].sort();
  const positionOfId = new Array<number>(terms.length);
  terms.forEach((term, position) => {
    positionOfId[termIds.get(term) as number] = position;
  });
  return {
    lunrVersion: lunr.version,
    fields: fields.map(({ name, boost }) => ({ name, boost })),
    pipeline: searchPipeline,
    terms,
    docs: counted.map((fieldCounts) => fieldCounts.map((counts) => encodeFieldTerms(counts, positionOfId))),
  };
}

function encodeFieldTerms(counts: Map<number, number>, positionOfId: number[]): number[] {
  const entries = [...counts].map(([id, count]) => [positionOfId[id] as number, count] as const);
  entries.sort((a, b) => a[0] - b[0]);
  const encoded: number[] = [];
  let previous = 0;
  for (const [position, count] of entries) {
    if (count > 1) encoded.push(-count);
    encoded.push(position - previous);
    previous = position;
  }
  return encoded;
}

/** The language's indexing pipeline as lunr.Builder would run it, cached per distinct word. */
function createLanguageTokenizer(language: SearchLanguage) {
  const builder = new lunr.Builder();
  applySearchLanguage(builder, language);
  const cache = new Map<string, string[]>();
  const forEachTerm = (text: string, use: (term: string) => void): void => {
    // As lunr.tokenizer: lower-case, split on its separator, drop empty pieces.
    for (const word of text.toLowerCase().split(lunr.tokenizer.separator)) {
      if (word === '') continue;
      let processed = cache.get(word);
      if (processed === undefined) {
        processed = builder.pipeline.runString(word);
        cache.set(word, processed);
      }
      for (const term of processed) use(term);
    }
  };
  // Pipeline#toJSON gives the functions' registered labels, which @types/lunr types as functions.
  return { forEachTerm, searchPipeline: builder.searchPipeline.toJSON() as unknown as string[] };
}
