import fc from 'fast-check';
import type lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLearnerQuery } from '../../../../src/core/search/learner-query';
import { loadCourseIndex } from '../../../../src/core/search/load-course-index';
import { matchedTermsOf, queryCourseIndex } from '../../../../src/core/search/query-course-index';
import { SEARCH_FIELDS, SEARCH_INDEX_FORMAT } from '../../../../src/core/search/search-index-file';
import { createTermNormaliser, type SearchLanguage } from '../../../../src/core/search/search-language';
import { encodeCompactIndex } from '../../../../src/integration/search/encode-compact-index';

function createIndex(language: SearchLanguage, texts: string[]): lunr.Index {
  const documents = texts.map((text) => ({ heading: '', lessonTitle: '', text }));
  return loadCourseIndex({
    format: SEARCH_INDEX_FORMAT,
    language,
    courseId: 'c',
    courseTitle: 'C',
    index: encodeCompactIndex(language, SEARCH_FIELDS, documents),
    docs: [],
  });
}

const english = createTermNormaliser('en');
let index: lunr.Index;
beforeAll(() => {
  index = createIndex('en', [
    'Co-facilitators facilitate the group together.', // 0
    'Facilities and rooms for the session.', // 1
    'Grounding helps when a memory feels too close.', // 2
    'Set the boundaries of the group kindly.', // 3
  ]);
});

const refsFor = (raw: string) => queryCourseIndex(index, parseLearnerQuery(raw), english).map((result) => result.ref);

describe('queryCourseIndex', () => {
  it('finds whole words through the stemmer', () => {
    expect(refsFor('facilitating ')).toEqual(['0']);
    expect(refsFor('boundary ')).toEqual(['3']);
  });

  it('matches any of the words, documents with more of them first', () => {
    expect(refsFor('group boundaries ')).toEqual(['3', '0']);
  });

  it('matches a word still being typed as the start of index terms', () => {
    expect(refsFor('groun')).toEqual(['2']);
    expect(refsFor('facil').sort()).toEqual(['0', '1']);
  });

  it('matches a half-typed word that has run past its stem ("facilitati" → "facilit")', () => {
    expect(refsFor('facilitati')).toEqual(['0']);
    expect(refsFor('facilitati ')).toEqual([]);
  });

  it('ranks a whole-word match above a prefix match', () => {
    expect(refsFor('facilities')[0]).toBe('1');
  });

  it('does not prefix-match a single letter', () => {
    expect(refsFor('g')).toEqual([]);
  });

  it('returns nothing for an empty query or words that are not in any lesson', () => {
    expect(refsFor('')).toEqual([]);
    expect(refsFor('xylophone ')).toEqual([]);
  });

  it('reports the index terms a result matched, for marking', () => {
    const [result] = queryCourseIndex(index, parseLearnerQuery('grounding '), english);
    expect(result && matchedTermsOf(result)).toEqual(['ground']);
  });

  it('works with the Danish stemmer', () => {
    const danish = createIndex('da', ['Fællesskabet giver håb.', 'Vi lytter til hinanden.']);
    const refs = (raw: string) => queryCourseIndex(danish, parseLearnerQuery(raw), createTermNormaliser('da')).map((r) => r.ref);
    expect(refs('fællesskab ')).toEqual(['0']);
    expect(refs('lyt')).toEqual(['1']);
  });

  it('never throws, whatever a learner types', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        expect(Array.isArray(queryCourseIndex(index, parseLearnerQuery(raw), english))).toBe(true);
      }),
      { numRuns: 500 },
    );
    for (const raw of ['care:', '~', 'hope~2', 'title:x', '+', '-', '^', '*', 'a^', '\\', ':~^*+-']) {
      expect(() => refsFor(raw)).not.toThrow();
    }
  });
});
