import { describe, expect, it } from 'vitest';
import { isSearchIndexFile, refToDocPosition } from '../../../../src/core/search/search-index-file';

const valid = {
  format: 1,
  language: 'da',
  courseId: 'c',
  courseTitle: 'C',
  index: { lunrVersion: '2.3.9', fields: [], pipeline: [], terms: [], docs: [] },
  docs: [],
};

describe('isSearchIndexFile', () => {
  it('accepts a file of the current format', () => {
    expect(isSearchIndexFile(valid)).toBe(true);
  });

  it('refuses other formats, languages and shapes, such as a cached older file', () => {
    expect(isSearchIndexFile({ ...valid, format: 2 })).toBe(false);
    expect(isSearchIndexFile({ ...valid, language: 'de' })).toBe(false);
    expect(isSearchIndexFile({ ...valid, index: { version: '2.3.9', invertedIndex: [] } })).toBe(false);
    expect(isSearchIndexFile({ ...valid, docs: {} })).toBe(false);
    expect(isSearchIndexFile(null)).toBe(false);
    expect(isSearchIndexFile('{}')).toBe(false);
  });
});

describe('refToDocPosition', () => {
  it('reads the base-36 refs the index uses', () => {
    expect(refToDocPosition('0')).toBe(0);
    expect(refToDocPosition('z')).toBe(35);
    expect(refToDocPosition('10')).toBe(36);
  });
});
