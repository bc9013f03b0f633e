import lunr from 'lunr';
import type { CompactIndex } from '../../core/search/compact-index';
import { createLanguageBuilder, type SearchLanguage } from '../../core/search/search-language';

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
  const { forEachTermId, termIds, searchPipeline } = createTermCounter(language);
  const counted = documents.map((document) =>
    fields.map((field) => {
      const counts = new Map<number, number>();
      forEachTermId(document[field.name] ?? '', (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
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

/**
 * The language's indexing pipeline as lunr.Builder would run it, once per distinct word; terms get
 * numbers in order of first appearance.
 */
function createTermCounter(language: SearchLanguage) {
  const builder = createLanguageBuilder(language);
  const termIds = new Map<string, number>();
  const idsOfWord = new Map<string, number[]>();
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    return id;
  };
  const forEachTermId = (text: string, use: (id: number) => void): void => {
    // As lunr.tokenizer: lower-case, split on its separator, drop empty pieces.
    for (const word of text.toLowerCase().split(lunr.tokenizer.separator)) {
      if (word === '') continue;
      let ids = idsOfWord.get(word);
      if (ids === undefined) {
        ids = builder.pipeline.runString(word).map(idOf);
        idsOfWord.set(word, ids);
      }
      for (const id of ids) use(id);
    }
  };
  // Pipeline#toJSON gives the functions' registered labels, which @types/lunr types as functions.
  return { forEachTermId, termIds, searchPipeline: builder.searchPipeline.toJSON() as unknown as string[] };
}
