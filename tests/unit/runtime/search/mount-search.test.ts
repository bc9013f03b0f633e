// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mountSearchFields, mountSearchPanels } from '../../../../src/runtime/search/mount-search';
import { searchFieldMarkup, searchPanelMarkup } from './search-markup';

const mounted = (selector: string) =>
  [...document.querySelectorAll<HTMLElement>(selector)].map((root) => root.dataset.searchMounted !== undefined);

describe('mounting the search components', () => {
  it('wires every field and panel on the page once, and those a ClientRouter swap brings in', () => {
    window.history.replaceState(null, '', '/courses/peer/lesson.html');
    document.body.innerHTML = searchFieldMarkup(['search-index.json']);
    mountSearchFields(document);
    mountSearchPanels(document);
    expect(mounted('[data-search-field]')).toEqual([true]);

    // The router replaces the body and announces the new page.
    document.body.innerHTML = `${searchFieldMarkup(['search-index.json'])}${searchPanelMarkup(['search-index.json'])}`;
    expect(mounted('[data-search-field]')).toEqual([false]);
    document.dispatchEvent(new Event('astro:page-load'));
    expect(mounted('[data-search-field]')).toEqual([true]);
    expect(mounted('[data-search-panel]')).toEqual([true]);
  });

  it('does not wire a field twice when the first page load also announces itself', () => {
    document.body.innerHTML = searchFieldMarkup(['search-index.json']);
    mountSearchFields(document);
    const root = document.querySelector<HTMLElement>('[data-search-field]') as HTMLElement;
    const focusins: string[] = [];
    root.addEventListener = ((type: string) => focusins.push(type)) as typeof root.addEventListener;
    document.dispatchEvent(new Event('astro:page-load'));
    expect(focusins).toEqual([]);
  });
});
