// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountSearchField } from '../../../../src/runtime/search/mount-search-field';
import { createFakeSearchClient, createHit } from './fake-search-client';
import { labels, searchFieldMarkup } from './search-markup';

const hits = [createHit('Grounding', 'https://site.example/courses/peer/grounding.html')];

type Answer = Parameters<typeof createFakeSearchClient>[0];
const answerGrounding: Answer = (query) => ({ hits: query === 'zzz' ? [] : hits, total: query === 'zzz' ? 0 : 3, failedUrls: [] });

function setUp(answer: Answer = answerGrounding) {
  document.body.innerHTML = `${searchFieldMarkup(['search-index.json'])}<a href="#" id="elsewhere">Elsewhere</a>`;
  const root = document.querySelector<HTMLElement>('[data-search-field]') as HTMLElement;
  const fake = createFakeSearchClient(answer);
  mountSearchField(root, fake.client);
  const input = root.querySelector('input') as HTMLInputElement;
  const status = root.querySelector('[data-search-status]') as HTMLElement;
  const results = root.querySelector('[data-search-results]') as HTMLElement;
  return { root, input, status, results, ...fake };
}

async function type(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(300);
}

const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/courses/peer/listening.html');
});
afterEach(() => vi.useRealTimers());

describe('mountSearchField', () => {
  it('starts loading the index when the field first gets focus, once', () => {
    const { input, calls } = setUp();
    input.focus();
    input.blur();
    input.focus();
    expect(calls.preload).toEqual([[`${location.origin}/courses/peer/search-index.json`]]);
  });

  it('shows a short list of links after a pause in typing and announces the count', async () => {
    const { input, status, results, calls } = setUp();
    await type(input, 'grounding');
    expect(calls.search).toEqual([
      { indexUrls: [`${location.origin}/courses/peer/search-index.json`], query: 'grounding', limit: 6, offset: undefined },
    ]);
    expect(results.hidden).toBe(false);
    expect(results.querySelector('li a')?.getAttribute('href')).toBe('https://site.example/courses/peer/grounding.html');
    expect(status.textContent).toBe('3 results');
    const all = results.querySelector<HTMLAnchorElement>('[data-search-show-all]');
    expect(all?.textContent).toBe('All results for “grounding”');
    expect(all?.href).toBe(`${location.origin}/courses/peer/search.html?q=grounding`);
  });

  it('searches once for a burst of typing', async () => {
    const { input, calls } = setUp();
    for (const value of ['g', 'gr', 'gro', 'grou']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(calls.search.map((call) => call.query)).toEqual(['grou']);
  });

  it('says so when nothing matched, to screen readers and on screen, without an "all results" link', async () => {
    const { input, status, results } = setUp();
    await type(input, 'zzz');
    expect(status.textContent).toBe('No results for “zzz”.');
    expect(results.hidden).toBe(false);
    const note = results.querySelector<HTMLElement>('[data-search-note]');
    expect(note?.hidden).toBe(false);
    expect(note?.textContent).toBe('No results for “zzz”.');
    expect(note?.getAttribute('aria-hidden')).toBe('true');
    expect(results.querySelectorAll('li')).toHaveLength(0);
    expect(results.querySelector<HTMLElement>('[data-search-show-all]')?.parentElement?.hidden).toBe(true);
  });

  it('waits for two characters', async () => {
    const { input, calls, results } = setUp();
    await type(input, 'g');
    expect(calls.search).toEqual([]);
    expect(results.hidden).toBe(true);
  });

  it('closes the list on Escape and keeps focus in the field', async () => {
    const { input, results } = setUp();
    await type(input, 'grounding');
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(results.hidden).toBe(true);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
  });

  it('returns focus to the field when Escape is pressed on a result link', async () => {
    const { input, results } = setUp();
    await type(input, 'grounding');
    const link = results.querySelector('a') as HTMLAnchorElement;
    link.focus();
    press(link, 'Escape');
    expect(results.hidden).toBe(true);
    expect(document.activeElement).toBe(input);
  });

  it('leaves Escape to the browser when the list is closed', () => {
    const { input } = setUp();
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('closes the list when focus moves on past it, but not while moving into it', async () => {
    const { input, results } = setUp();
    await type(input, 'grounding');
    (results.querySelector('a') as HTMLAnchorElement).focus();
    expect(results.hidden).toBe(false);
    (document.getElementById('elsewhere') as HTMLElement).focus();
    expect(results.hidden).toBe(true);
  });

  it('closes the list on a click outside the field', async () => {
    const { input, results } = setUp();
    await type(input, 'grounding');
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(results.hidden).toBe(true);
  });

  it('shows only the latest answer when an earlier one arrives late', async () => {
    let releaseSlow: () => void = () => {};
    const { input, results } = setUp((query) =>
      query === 'slow'
        ? new Promise((resolve) => {
            releaseSlow = () => resolve({ hits: [createHit('Old', 'https://site.example/old.html')], total: 1, failedUrls: [] });
          })
        : { hits, total: 1, failedUrls: [] },
    );
    await type(input, 'slow');
    await type(input, 'grounding');
    releaseSlow();
    await vi.advanceTimersByTimeAsync(0);
    expect(results.querySelector('a')?.textContent).toBe('Grounding');
  });

  it('says calmly that search failed when the index cannot load', async () => {
    const { input, status, results } = setUp(() => ({ hits: [], total: 0, failedUrls: [`${location.origin}/courses/peer/search-index.json`] }));
    await type(input, 'grounding');
    expect(status.textContent).toBe(labels.searchFailed);
    expect(results.querySelector('[data-search-note]')?.textContent).toBe(labels.searchFailed);
  });

  it('says search failed when the worker cannot run', async () => {
    const { input, status, results } = setUp(() => Promise.reject(new Error('no worker')));
    await type(input, 'grounding');
    expect(status.textContent).toBe(labels.searchFailed);
    expect(results.querySelector('[data-search-note]')?.textContent).toBe(labels.searchFailed);
  });

  it('hides the on-screen note again once there are results', async () => {
    const { input, results } = setUp();
    await type(input, 'zzz');
    await type(input, 'grounding');
    expect(results.querySelector<HTMLElement>('[data-search-note]')?.hidden).toBe(true);
    expect(results.querySelectorAll('li')).toHaveLength(1);
  });

  it('works without a "show all" label, leaving that link out', async () => {
    const { showAll: _, ...withoutShowAll } = labels;
    document.body.innerHTML = searchFieldMarkup(['search-index.json'], withoutShowAll);
    const root = document.querySelector<HTMLElement>('[data-search-field]') as HTMLElement;
    mountSearchField(root, createFakeSearchClient(() => ({ hits, total: 1, failedUrls: [] })).client);
    await type(root.querySelector('input') as HTMLInputElement, 'grounding');
    expect(root.querySelectorAll('[data-search-list] a')).toHaveLength(1);
    expect(root.querySelector('[data-search-show-all]')).toBeNull();
  });
});
