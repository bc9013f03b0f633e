import { describeResultCount } from '../../core/search/search-labels';
import { readSearchConfig } from './read-search-config';
import { appendHits, renderHits } from './render-hits';
import type { SearchClient } from './search-client';

// Hits arrive and are added in batches: a common word can match thousands of sections, and building
// them all at once would hold up the page for seconds. The first batch is small so it shows at once;
// later ones are larger, as every batch of new links makes Astro's prefetcher rescan all links.
const FIRST_BATCH = 50;
const LATER_BATCH = 200;

/** The search page: reads `?q=`, shows every result with its snippet, and says how many there are. */
export async function mountSearchPanel(root: HTMLElement, client: SearchClient): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-list]');
  if (!input || !status || !list) return;
  const { labels, indexUrls } = readSearchConfig(root);
  const query = (new URL(root.ownerDocument.URL).searchParams.get('q') ?? '').trim();
  input.value = query;
  if (query === '') {
    client.preload(indexUrls);
    return;
  }
  status.textContent = labels.loading;
  const options = { withSnippet: true, withCourse: indexUrls.length > 1 };
  try {
    const first = await client.search(indexUrls, query, FIRST_BATCH);
    if (first.failedUrls.length > 0 && first.failedUrls.length === indexUrls.length) {
      status.textContent = labels.searchFailed;
      return;
    }
    renderHits(list, first.hits, options);
    list.hidden = first.hits.length === 0;
    status.textContent = describeResultCount(labels, first.total, query);
    for (let offset = FIRST_BATCH; offset < first.total; offset += LATER_BATCH) {
      appendHits(list, (await client.search(indexUrls, query, LATER_BATCH, offset)).hits, options);
    }
  } catch {
    // Only a failed first page is reported; if a later one fails, the results shown so far stay.
    if (list.hidden) status.textContent = labels.searchFailed;
  }
}
