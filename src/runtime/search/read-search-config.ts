import type { SearchLabels } from '../../core/search/search-labels';

export interface SearchConfig {
  labels: SearchLabels;
  /** Absolute URLs of the course index files this search covers. */
  indexUrls: string[];
}

/**
 * Reads what a search component rendered: labels as JSON in `data-labels`, one `data-index-url` per
 * index. The build may have made those URLs relative to the page, so they resolve against it here.
 */
export function readSearchConfig(root: HTMLElement): SearchConfig {
  const labels = JSON.parse(root.dataset.labels ?? '{}') as SearchLabels;
  const indexUrls = Array.from(root.querySelectorAll<HTMLElement>('[data-index-url]'), (element) =>
    new URL(element.dataset.indexUrl ?? '', element.ownerDocument.baseURI).href,
  );
  return { labels, indexUrls };
}

/** The search page's URL carrying a query, e.g. for "all results" (the form's action is already absolute). */
export function searchPageUrl(form: HTMLFormElement, query: string): string {
  const url = new URL(form.action);
  url.searchParams.set('q', query);
  return url.href;
}
