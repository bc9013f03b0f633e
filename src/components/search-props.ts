import type { SearchLabels } from '../core/search/search-labels';

/** What the header search field and the search pages need; every URL in its own attribute. */
export interface SearchProps {
  /** Already-translated strings; `{count}` and `{query}` are filled in. */
  labels: SearchLabels;
  /** Root-absolute URL of the search page the form submits to with `?q=`, e.g. /courses/x/search.html. */
  searchPageHref: string;
  /** Root-absolute URLs of the course index files to search: one course, or every course. */
  indexUrls: string[];
}
