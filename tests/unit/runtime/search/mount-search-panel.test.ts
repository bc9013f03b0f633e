// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mountSearchPanel } from '../../../../src/runtime/search/mount-search-panel';
import { createFakeSearchClient, createHit } from './fake-search-client';
import { labels, searchPanelMarkup } from './search-markup';

const indexUrls = ['../courses/a/search-index.json', '../courses/b/search-index.json'];

async function open(search: string, answer: Parameters<typeof createFakeSearchClient>[0]) {
  window.history.replaceState(null, '', `/site/search.html${search}`);
  document.body.innerHTML = searchPanelMarkup(indexUrls);
  const root = document.querySelector<HTMLElement>('[data-search-panel]') as HTMLElement;
  const fake = createFakeSearchClient(answer);
  await mountSearchPanel(root, fake.client);
  return {
    ...fake,
    input: root.querySelector('input') as HTMLInputElement,
    status: root.querySelector('[data-search-status]') as HTMLElement,
    list: root.querySelector('[data-search-list]') as HTMLElement,
  };
}

const twoHits = {
  hits: [createHit('Grounding', 'https://site.example/a/grounding.html'), createHit('Breathing', 'https://site.example/b/breath.html')],
  total: 2,
  failedUrls: [],
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('mountSearchPanel', () => {
  it('searches every index for ?q=, fills the field, and lists the results with snippets', async () => {
    const { calls, input, status, list } = await open('?q=grounding+exercise', () => twoHits);
    expect(calls.search).toEqual([
      {
        indexUrls: [`${location.origin}/courses/a/search-index.json`, `${location.origin}/courses/b/search-index.json`],
        query: 'grounding exercise',
        limit: 50,
        offset: undefined,
      },
    ]);
    expect(input.value).toBe('grounding exercise');
    expect(status.textContent).toBe('2 results');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('li > a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://site.example/a/grounding.html',
      'https://site.example/b/breath.html',
    ]);
    expect(list.querySelector('.search-hit__snippet mark')?.textContent).toBe('grounding');
    expect(list.querySelector('.search-hit__where')?.textContent).toBe('Listening · Peer course');
  });

  it('adds every further result in batches, so a common word never holds up the page', async () => {
    const all = Array.from({ length: 450 }, (_, i) => createHit(`Section ${i}`, `https://site.example/s${i}.html`));
    const { calls, status, list } = await open('?q=support', (_query, offset) => ({
      hits: all.slice(offset, offset === 0 ? 50 : offset + 200),
      total: all.length,
      failedUrls: [],
    }));
    expect(calls.search.map((call) => [call.limit, call.offset])).toEqual([[50, undefined], [200, 50], [200, 250]]);
    expect(list.querySelectorAll('li')).toHaveLength(450);
    expect(list.querySelector('li:last-child a')?.textContent).toBe('Section 449');
    expect(status.textContent).toBe('450 results');
  });

  it('keeps the results shown when a later page fails', async () => {
    const { status, list } = await open('?q=support', (_query, offset) =>
      offset === 0 ? { hits: twoHits.hits, total: 80, failedUrls: [] } : Promise.reject(new Error('worker stopped')),
    );
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(status.textContent).toBe('80 results');
  });

  it('only preloads when there is no query yet', async () => {
    const { calls, status } = await open('', () => twoHits);
    expect(calls.search).toEqual([]);
    expect(calls.preload).toHaveLength(1);
    expect(status.textContent).toBe('');
  });

  it('says when nothing matched', async () => {
    const { status, list } = await open('?q=xylophone', () => ({ hits: [], total: 0, failedUrls: [] }));
    expect(status.textContent).toBe('No results for “xylophone”.');
    expect(list.hidden).toBe(true);
  });

  it('still shows what it found when one course’s index failed', async () => {
    const { status } = await open('?q=grounding', () => ({ ...twoHits, failedUrls: [`${location.origin}/courses/b/search-index.json`] }));
    expect(status.textContent).toBe('2 results');
  });

  it('says search failed when no index loaded or the worker could not run', async () => {
    const allFailed = await open('?q=grounding', () => ({ hits: [], total: 0, failedUrls: indexUrls }));
    expect(allFailed.status.textContent).toBe(labels.searchFailed);
    const noWorker = await open('?q=grounding', () => Promise.reject(new Error('no worker')));
    expect(noWorker.status.textContent).toBe(labels.searchFailed);
  });

  it('shows the loading status while waiting', async () => {
    window.history.replaceState(null, '', '/site/search.html?q=hope');
    document.body.innerHTML = searchPanelMarkup(indexUrls);
    const root = document.querySelector<HTMLElement>('[data-search-panel]') as HTMLElement;
    void mountSearchPanel(root, createFakeSearchClient(() => new Promise(() => {})).client);
    expect(root.querySelector('[data-search-status]')?.textContent).toBe(labels.loading);
  });
});
