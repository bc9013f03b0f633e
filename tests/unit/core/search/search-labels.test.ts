import { describe, expect, it } from 'vitest';
import { describeResultCount, fillLabel, type SearchLabels } from '../../../../src/core/search/search-labels';

const labels: SearchLabels = {
  label: 'Search',
  placeholder: 'Search the course',
  submit: 'Search',
  resultsOne: '1 result',
  resultsMany: '{count} results',
  noResults: 'Nothing found for “{query}”.',
  loading: 'Loading search…',
  searchFailed: 'Search could not load.',
};

describe('search labels', () => {
  it('says how many results there are, with one and many told apart', () => {
    expect(describeResultCount(labels, 1, 'hope')).toBe('1 result');
    expect(describeResultCount(labels, 7, 'hope')).toBe('7 results');
    expect(describeResultCount(labels, 0, 'hope')).toBe('Nothing found for “hope”.');
  });

  it('puts a query in literally, even one that looks like a replacement pattern', () => {
    expect(fillLabel('for “{query}” ({query})', { query: "$& $' $$" })).toBe("for “$& $' $$” ($& $' $$)");
  });

  it('leaves placeholders it was not given', () => {
    expect(fillLabel('{count} for {query}', { count: 2 })).toBe('2 for {query}');
  });
});
