import { describeResultCount } from '../../core/search/search-labels';
import { readSearchConfig } from './read-search-config';
import { renderHits } from './render-hits';
import type { SearchClient } from './search-client';

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
  try {
    const outcome = await client.search(indexUrls, query);
    if (outcome.failedUrls.length > 0 && outcome.failedUrls.length === indexUrls.length) {
      status.textContent = labels.searchFailed;
      return;
    }
    renderHits(list, outcome.hits, { withSnippet: true, withCourse: indexUrls.length > 1 });
    list.hidden = outcome.hits.length === 0;
    status.textContent = describeResultCount(labels, outcome.total, query);
  } catch {
    status.textContent = labels.searchFailed;
  }
}
