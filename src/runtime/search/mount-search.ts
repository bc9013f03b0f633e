import { mountSearchField } from './mount-search-field';
import { mountSearchPanel } from './mount-search-panel';
import { sharedSearchClient } from './shared-search-client';

/** Entry points for the components' scripts. Each finds its own elements, so a page may have both. */
export function mountSearchFields(document: Document): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search-field]')) {
    mountSearchField(root, sharedSearchClient());
  }
}

export function mountSearchPanels(document: Document): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search-panel]')) {
    void mountSearchPanel(root, sharedSearchClient());
  }
}
