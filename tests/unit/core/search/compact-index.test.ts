import { describe, expect, it } from 'vitest';
import { compactIndexToLunrJson, type CompactIndex } from '../../../../src/core/search/compact-index';

// One field, two documents: "hope hope trust" and "trust". The full equivalence with lunr.Builder
// is tested where the index is built (tests/unit/integration/search/encode-compact-index.test.ts).
const compact: CompactIndex = {
  lunrVersion: '2.3.9',
  fields: [{ name: 'text', boost: 2 }],
  pipeline: ['stemmer'],
  terms: ['hope', 'trust'],
  docs: [[[-2, 0, 1]], [[1]]],
};

describe('compactIndexToLunrJson', () => {
  const serialized = compactIndexToLunrJson(compact);

  it('rebuilds the inverted index: each term with its number and the documents holding it', () => {
    expect(serialized.invertedIndex).toEqual([
      ['hope', { _index: 0, text: { 0: {} } }],
      ['trust', { _index: 1, text: { 0: {}, 1: {} } }],
    ]);
  });

  it('scores each term per document with BM25 and the field boost, to three decimals', () => {
    const idf = (documentsWithTerm: number) => Math.log(1 + Math.abs((2 - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
    const bm25 = (tf: number, length: number, average: number, documentsWithTerm: number) =>
      Math.round(((idf(documentsWithTerm) * (2.2 * tf)) / (1.2 * (0.25 + 0.75 * (length / average)) + tf)) * 2 * 1000) / 1000;
    expect(serialized.fieldVectors).toEqual([
      ['text/0', [0, bm25(2, 3, 2, 1), 1, bm25(1, 3, 2, 2)]],
      ['text/1', [1, bm25(1, 1, 2, 2)]],
    ]);
  });

  it('keeps the lunr version, field names and search pipeline', () => {
    expect(serialized).toMatchObject({ version: '2.3.9', fields: ['text'], pipeline: ['stemmer'] });
  });
});
