import type { SearchHit } from '../../core/search/search-hit';
import { describeResultCount, fillLabel } from '../../core/search/search-labels';
import { readSearchConfig, searchPageUrl } from './read-search-config';
import { renderHits } from './render-hits';
import type { SearchClient } from './search-client';

const SHORT_LIST_LIMIT = 6;
const MIN_QUERY_LENGTH = 2;
const TYPING_PAUSE_MS = 150;

/**
 * The header field. Without JavaScript its form goes to the search page with `?q=`; with it, a short
 * list of links appears after the form while typing. Escape closes the list; Tab moves on as usual.
 */
export function mountSearchField(root: HTMLElement, client: SearchClient): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  const list = root.querySelector<HTMLElement>('[data-search-list]');
  const note = root.querySelector<HTMLElement>('[data-search-note]');
  const showAll = root.querySelector<HTMLAnchorElement>('[data-search-show-all]');
  if (!form || !input || !status || !results || !list) return;
  const { labels, indexUrls } = readSearchConfig(root);
  let latestRequest = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    results.hidden = true;
    list.replaceChildren();
  };

  // The status is for screen readers; sighted learners see the same words in the open list when
  // there is nothing to list.
  const show = (message: string, hits: SearchHit[], query: string, total: number) => {
    status.textContent = message;
    renderHits(list, hits, { withSnippet: false, withCourse: indexUrls.length > 1 });
    if (note) {
      note.textContent = hits.length === 0 ? message : '';
      note.hidden = hits.length > 0;
    }
    if (showAll?.parentElement && labels.showAll !== undefined) {
      showAll.href = searchPageUrl(form, query);
      showAll.textContent = fillLabel(labels.showAll, { query, count: total });
      showAll.parentElement.hidden = hits.length === 0;
    }
    results.hidden = false;
  };

  const runSearch = async () => {
    const query = input.value.trim();
    const request = ++latestRequest;
    if (query.length < MIN_QUERY_LENGTH) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const outcome = await client.search(indexUrls, query, SHORT_LIST_LIMIT);
      if (request !== latestRequest) return;
      const failed = outcome.failedUrls.length > 0 && outcome.failedUrls.length === indexUrls.length;
      show(failed ? labels.searchFailed : describeResultCount(labels, outcome.total, query), outcome.hits, query, outcome.total);
    } catch {
      if (request === latestRequest) show(labels.searchFailed, [], query, 0);
    }
  };

  root.addEventListener('focusin', () => client.preload(indexUrls), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || results.hidden) return;
    // The first Escape closes the list; only a second one lets the browser clear the field.
    event.preventDefault();
    close();
    input.focus();
  });
  // Tabbing out closes the list. A click on a link in Safari blurs to nothing, so only a real
  // destination outside counts here; clicks elsewhere are caught by the pointerdown below.
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !root.contains(next)) close();
  });
  const page = root.ownerDocument;
  const onPointerDown = (event: PointerEvent) => {
    // After a ClientRouter swap this field is gone; its listener goes with it.
    if (!root.isConnected) page.removeEventListener('pointerdown', onPointerDown);
    else if (event.target instanceof Node && !root.contains(event.target)) close();
  };
  page.addEventListener('pointerdown', onPointerDown);
}
