// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readSearchConfig, searchPageUrl } from '../../../../src/runtime/search/read-search-config';
import { labels, searchFieldMarkup } from './search-markup';

beforeEach(() => {
  // A package unzipped deep inside an LMS, with the build's relative URLs.
  window.history.replaceState(null, '', '/lms/content/42/courses/peer/listening.html');
});

describe('readSearchConfig', () => {
  it('reads the labels and resolves relative index URLs against the page', () => {
    document.body.innerHTML = searchFieldMarkup(['search-index.json', '../other/search-index.json']);
    const root = document.querySelector<HTMLElement>('[data-search-field]');
    if (!root) throw new Error('no search field');
    expect(readSearchConfig(root)).toEqual({
      labels,
      indexUrls: [
        `${location.origin}/lms/content/42/courses/peer/search-index.json`,
        `${location.origin}/lms/content/42/courses/other/search-index.json`,
      ],
    });
  });
});

describe('searchPageUrl', () => {
  it('adds the query to the form’s own search page URL', () => {
    document.body.innerHTML = searchFieldMarkup([]);
    const form = document.querySelector('form');
    if (!form) throw new Error('no form');
    expect(searchPageUrl(form, 'hope & trust')).toBe(`${location.origin}/lms/content/42/courses/peer/search.html?q=hope+%26+trust`);
  });
});
