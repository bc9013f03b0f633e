import type { SearchLabels } from '../../../../src/core/search/search-labels';

// The markup src/components/SearchField.astro and SearchResultsPanel.astro render (after the build
// made their URLs relative), so the runtime can be tested without compiling Astro components.
export const labels: SearchLabels = {
  label: 'Search',
  placeholder: 'Search the course',
  submit: 'Search',
  resultsOne: '1 result',
  resultsMany: '{count} results',
  noResults: 'No results for “{query}”.',
  loading: 'Loading search…',
  searchFailed: 'Search could not load.',
  showAll: 'All results for “{query}”',
  needsJavaScript: 'Search needs JavaScript.',
};

const indexList = (indexUrls: string[]) => `<ul hidden>${indexUrls.map((url) => `<li data-index-url="${url}"></li>`).join('')}</ul>`;
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function searchFieldMarkup(indexUrls: string[], fieldLabels: SearchLabels = labels): string {
  return `<div class="search-field" data-search-field data-labels="${attribute(JSON.stringify(fieldLabels))}">
  <form role="search" action="search.html" method="get">
    <label for="search-field-q">${fieldLabels.label}</label>
    <input id="search-field-q" type="search" name="q" autocomplete="off">
    <button type="submit">${fieldLabels.submit}</button>
  </form>
  <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-search-status></p>
  <div data-search-results hidden>
    <p data-search-note aria-hidden="true" hidden></p>
    <ul data-search-list></ul>
    ${fieldLabels.showAll ? '<p><a href="search.html" data-search-show-all></a></p>' : ''}
  </div>
  ${indexList(indexUrls)}
</div>`;
}

export function searchPanelMarkup(indexUrls: string[]): string {
  return `<div class="search-panel" data-search-panel data-labels="${attribute(JSON.stringify(labels))}">
  <form action="search.html" method="get">
    <label for="search-page-q">${labels.label}</label>
    <input id="search-page-q" type="search" name="q">
    <button type="submit">${labels.submit}</button>
  </form>
  <p role="status" aria-live="polite" aria-atomic="true" data-search-status></p>
  <ol data-search-list hidden></ol>
  ${indexList(indexUrls)}
</div>`;
}
