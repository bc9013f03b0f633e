import { mountSearchField } from './mount-search-field';
import { mountSearchPanel } from './mount-search-panel';
import { sharedSearchClient } from './shared-search-client';

/**
 * Entry points for the components' scripts. Course pages use Astro's ClientRouter, which swaps in
 * each new page without running bundled scripts again, so the elements are also looked for on every
 * `astro:page-load`; a mark on each element keeps it from being wired twice.
 */
export function mountSearchFields(document: Document): void {
  mountEachPage(document, '[data-search-field]', (root) => mountSearchField(root, sharedSearchClient()));
}

export function mountSearchPanels(document: Document): void {
  mountEachPage(document, '[data-search-panel]', (root) => void mountSearchPanel(root, sharedSearchClient()));
}

function mountEachPage(document: Document, selector: string, mount: (root: HTMLElement) => void): void {
  const mountNew = () => {
    for (const root of document.querySelectorAll<HTMLElement>(selector)) {
      if (root.dataset.searchMounted !== undefined) continue;
      root.dataset.searchMounted = '';
      mount(root);
    }
  };
  mountNew();
  document.addEventListener('astro:page-load', mountNew);
}
