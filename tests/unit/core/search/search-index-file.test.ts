import { describe, expect, it } from 'vitest';
import {
  docPositionToRef,
  isSearchDocList,
  isSearchManifest,
  isSerializedLunrIndex,
  refToDocPosition,
} from '../../../../src/core/search/search-index-file';

const manifest = { format: 2, language: 'da', courses: [], shardStarts: ['a', 'b'], docsPerFile: 16 };

describe('isSearchManifest', () => {
  it('accepts a manifest of the current format', () => {
    expect(isSearchManifest(manifest)).toBe(true);
  });

  it('refuses other formats, languages and shapes, such as a cached older file', () => {
    expect(isSearchManifest({ ...manifest, format: 1 })).toBe(false);
    expect(isSearchManifest({ ...manifest, language: 'de' })).toBe(false);
    expect(isSearchManifest({ ...manifest, shardStarts: [1] })).toBe(false);
    expect(isSearchManifest({ ...manifest, docsPerFile: 0 })).toBe(false);
    expect(isSearchManifest({ format: 1, language: 'en', courseId: 'c', index: {}, docs: [] })).toBe(false);
    expect(isSearchManifest(null)).toBe(false);
  });
});

describe('the shard and docs file guards', () => {
  it('accept what lunr.Index#toJSON gives and a list of sections, and refuse the rest', () => {
    expect(isSerializedLunrIndex({ version: '2.3.9', fields: [], fieldVectors: [], invertedIndex: [], pipeline: [] })).toBe(true);
    expect(isSerializedLunrIndex({ version: '2.3.9', invertedIndex: [] })).toBe(false);
    expect(isSearchDocList([{ href: 'a.html', heading: 'A', lessonTitle: 'A', excerpt: '' }])).toBe(true);
    expect(isSearchDocList([{ heading: 'A' }])).toBe(false);
    expect(isSearchDocList({})).toBe(false);
  });
});

describe('refToDocPosition', () => {
  it('reads the base-36 refs the index uses, and docPositionToRef writes them', () => {
    expect(refToDocPosition('0')).toBe(0);
    expect(refToDocPosition('z')).toBe(35);
    expect(refToDocPosition('10')).toBe(36);
    expect(docPositionToRef(36)).toBe('10');
  });
});
