import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLearnerQuery } from '../../../../src/core/search/learner-query';
import { mergeShards } from '../../../../src/core/search/merge-shards';
import { queryCourseIndex, termRangesOfQuery } from '../../../../src/core/search/query-course-index';
import { SEARCH_FIELDS, type SerializedLunrIndex } from '../../../../src/core/search/search-index-file';
import { createTermNormaliser, registerSearchLanguages, type SearchLanguage } from '../../../../src/core/search/search-language';
import { shardsForRanges } from '../../../../src/core/search/shard-ranges';
import { buildLunrIndex } from '../../../../src/integration/search/build-lunr-index';
import { splitLunrIndex } from '../../../../src/integration/search/split-lunr-index';

const VOCABULARY: Record<SearchLanguage, string[]> = {
  en: ['group', 'groups', 'grounding', 'disclosure', 'boundaries', 'boundary', 'listen', 'listening', 'hope', 'hopeful',
    'care', 'carer', 'facilitate', 'facilitator', 'session', 'safe', 'safety', 'trust', 'pair', 'role', 'roles', 'zeal', 'able'],
  da: ['samtale', 'samtaler', 'frivillig', 'frivillige', 'gruppe', 'grupper', 'håb', 'fællesskab', 'fællesskabet', 'lytte',
    'lytter', 'støtte', 'støttende', 'tryghed', 'ærlig', 'øjeblik', 'åben', 'rolle', 'roller', 'makker', 'hverdag'],
};

const load = (serialized: SerializedLunrIndex) =>
  registerSearchLanguages().Index.load(JSON.parse(JSON.stringify(serialized)) as SerializedLunrIndex);

function documentsArbitrary(language: SearchLanguage) {
  const words = fc.array(fc.constantFrom(...VOCABULARY[language]), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
  return fc.array(fc.record({ heading: words, lessonTitle: words, text: words }), { minLength: 1, maxLength: 30 });
}

function queryArbitrary(language: SearchLanguage) {
  const word = fc.oneof(fc.constantFrom(...VOCABULARY[language]), fc.constantFrom(...VOCABULARY[language]).map((w) => w.slice(0, 4)));
  return fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([list, typing]) => list.join(' ') + (typing ? '' : ' '));
}

describe('splitLunrIndex and mergeShards (the shard format round trip)', () => {
  for (const language of ['en', 'da'] as const) {
    it(`gives, from only the shards a query needs, the same hits and scores as the whole lunr index (${language})`, () => {
      const normalise = createTermNormaliser(language);
      fc.assert(
        fc.property(documentsArbitrary(language), fc.array(queryArbitrary(language), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 400 }), (documents, queries, shardBytes) => {
          const whole = buildLunrIndex(language, SEARCH_FIELDS, documents);
          const { shardStarts, shards } = JSON.parse(JSON.stringify(splitLunrIndex(whole, shardBytes))) as ReturnType<typeof splitLunrIndex>;
          const wholeIndex = load(whole);
          for (const raw of queries) {
            const query = parseLearnerQuery(raw);
            const needed = shardsForRanges(shardStarts, termRangesOfQuery(query, normalise)).flatMap((shard) => shards[shard] ?? []);
            const expected = queryCourseIndex(wholeIndex, query, normalise).map(({ ref, score }) => ({ ref, score }));
            const fromShards = needed.length === 0 ? [] : queryCourseIndex(load(mergeShards(needed)), query, normalise);
            expect(fromShards.map(({ ref, score }) => ({ ref, score }))).toEqual(expected);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('puts every term in exactly one shard, in term order, and all shards together are the whole index again', () => {
    fc.assert(
      fc.property(documentsArbitrary('en'), fc.integer({ min: 1, max: 400 }), (documents, shardBytes) => {
        const whole = buildLunrIndex('en', SEARCH_FIELDS, documents);
        const { shardStarts, shards } = splitLunrIndex(whole, shardBytes);
        expect(shards.map((shard) => shard.invertedIndex[0]?.[0])).toEqual(shardStarts);
        expect(shards.flatMap((shard) => shard.invertedIndex)).toEqual(whole.invertedIndex);
        const merged = mergeShards(shards);
        // A field with no terms (only stop words) has an empty vector in the whole index, which no query can reach.
        const withTerms = whole.fieldVectors.filter(([, elements]) => elements.length > 0);
        expect(new Map(merged.fieldVectors)).toEqual(new Map(withTerms));
        expect(merged).toMatchObject({ version: whole.version, fields: whole.fields, pipeline: whole.pipeline });
      }),
      { numRuns: 100 },
    );
  });

  it('cuts shards near the size asked for, but never inside a term', () => {
    const documents = Array.from({ length: 40 }, (_, n) => ({ heading: `part ${n}`, lessonTitle: 'lesson', text: VOCABULARY.en.join(' ') }));
    const whole = buildLunrIndex('en', SEARCH_FIELDS, documents);
    expect(splitLunrIndex(whole, Number.MAX_SAFE_INTEGER).shards).toHaveLength(1);
    const small = splitLunrIndex(whole, 2_000);
    expect(small.shards.length).toBeGreaterThan(5);
    expect(new Set(small.shardStarts).size).toBe(small.shardStarts.length);
  });
});
