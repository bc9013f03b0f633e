import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { compactIndexToLunrJson, type SerializedLunrIndex } from '../../../../src/core/search/compact-index';
import { SEARCH_FIELDS } from '../../../../src/core/search/search-index-file';
import { applySearchLanguage, type SearchLanguage } from '../../../../src/core/search/search-language';
import { encodeCompactIndex } from '../../../../src/integration/search/encode-compact-index';
import { itemAt } from '../../../support/defined';

type Document = Record<'heading' | 'lessonTitle' | 'text', string>;

function buildWithLunr(language: SearchLanguage, documents: Document[]): SerializedLunrIndex {
  const index = lunr(function () {
    applySearchLanguage(this, language);
    this.ref('ref');
    for (const field of SEARCH_FIELDS) this.field(field.name, { boost: field.boost });
    documents.forEach((document, position) => this.add({ ref: position.toString(36), ...document }));
  });
  return JSON.parse(JSON.stringify(index)) as SerializedLunrIndex;
}

/** lunr numbers terms by first appearance; the compact form by sort order. Same index otherwise. */
function numberTermsBySortOrder(serialized: SerializedLunrIndex): SerializedLunrIndex {
  const newNumber = new Map<number, number>();
  serialized.invertedIndex.forEach(([, posting], position) => newNumber.set(posting._index as number, position));
  return {
    ...serialized,
    invertedIndex: serialized.invertedIndex.map(([term, posting], position) => [term, { ...posting, _index: position }]),
    fieldVectors: serialized.fieldVectors.map(([ref, elements]) => {
      const pairs: [number, number][] = [];
      for (let i = 0; i < elements.length; i += 2) pairs.push([newNumber.get(elements[i] as number) as number, elements[i + 1] as number]);
      return [ref, pairs.sort((a, b) => a[0] - b[0]).flat()];
    }),
  };
}

function expandCompact(language: SearchLanguage, documents: Document[]): SerializedLunrIndex {
  const compact = encodeCompactIndex(language, SEARCH_FIELDS, documents);
  return compactIndexToLunrJson(JSON.parse(JSON.stringify(compact)) as typeof compact);
}

const sample: Document[] = [
  { heading: 'Working as a pair', lessonTitle: 'Co-facilitation', text: 'Two volunteers facilitate the group, and the group trusts them. The the the.' },
  { heading: 'Sharing roles', lessonTitle: 'Co-facilitation', text: 'One keeps time; the other notices the room – and “hope”.' },
  { heading: 'Fællesskabet', lessonTitle: 'Hverdagsliv', text: 'Støttende fællesskaber giver håb i hverdagslivet, også i grupperne.' },
  { heading: '', lessonTitle: 'Empty text', text: '' },
];

describe('the compact index', () => {
  it('expands to the index lunr.Builder makes, in English and Danish', () => {
    for (const language of ['en', 'da'] as const) {
      expect(expandCompact(language, sample)).toEqual(numberTermsBySortOrder(buildWithLunr(language, sample)));
    }
  });

  it('does so for any documents built from a mixed vocabulary', () => {
    const word = fc.constantFrom(
      'the', 'and', 'group', 'groups', 'grouping', 'facilitate', 'facilitating', 'co-facilitator', 'hope,', '“safety”',
      'don’t', "it's", 'støtte', 'støttende', 'håb', 'grupperne', 'og', 'i', '112', 'a-b-c', '—', '...', 'CAPS', 'Ærø',
    );
    const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));
    const document = fc.record({ heading: text, lessonTitle: text, text });
    fc.assert(
      fc.property(fc.constantFrom<SearchLanguage>('en', 'da'), fc.array(document, { minLength: 1, maxLength: 8 }), (language, documents) => {
        expect(expandCompact(language, documents)).toEqual(numberTermsBySortOrder(buildWithLunr(language, documents)));
      }),
      { numRuns: 150 },
    );
  });

  it('is smaller than lunr’s own serialization', () => {
    const documents = Array.from({ length: 40 }, (_, i) => ({ ...itemAt(sample, i % 3), text: `${itemAt(sample, i % 3).text} extra${i}` }));
    const compactBytes = JSON.stringify(encodeCompactIndex('en', SEARCH_FIELDS, documents)).length;
    expect(compactBytes * 2).toBeLessThan(JSON.stringify(buildWithLunr('en', documents)).length);
  });

  it('writes a term that occurs several times as its count before its gap', () => {
    const compact = encodeCompactIndex('en', [{ name: 'text', boost: 1 }], [{ text: 'hope hope trust hope' }]);
    expect(compact.terms).toEqual(['hope', 'trust']);
    expect(compact.docs).toEqual([[[-3, 0, 1]]]);
  });
});
