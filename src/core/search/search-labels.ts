/**
 * Interface strings for the search field and the search page, already translated by the caller.
 * `{count}` and `{query}` are replaced where they appear.
 */
export interface SearchLabels {
  /** Visible label of the search input, e.g. "Search the course". */
  label: string;
  placeholder: string;
  /** Text of the submit button. */
  submit: string;
  /** Status for exactly one result, e.g. "1 result". */
  resultsOne: string;
  /** Status for any other count, e.g. "{count} results". */
  resultsMany: string;
  /** Status when nothing matched, e.g. "Nothing found for “{query}”. Try a different word." */
  noResults: string;
  /** Status while the index loads. */
  loading: string;
  /** Status when no index could be loaded; calm, and says what still works. */
  searchFailed: string;
  /** Link under the short results list to the search page, e.g. "All results for “{query}”".
   * Without it the short list has no such link (the submit button still leads there). */
  showAll?: string;
  /** Shown on the search page when JavaScript is off, e.g. "Search needs JavaScript turned on." */
  needsJavaScript?: string;
}

export function fillLabel(template: string, values: { count?: number; query?: string }): string {
  // Replacer functions, because a learner's "$&" in a replacement string would be a pattern.
  let filled = template;
  if (values.count !== undefined) filled = filled.replaceAll('{count}', () => String(values.count));
  if (values.query !== undefined) filled = filled.replaceAll('{query}', () => values.query ?? '');
  return filled;
}

export function describeResultCount(labels: SearchLabels, count: number, query: string): string {
  if (count === 0) return fillLabel(labels.noResults, { count, query });
  return fillLabel(count === 1 ? labels.resultsOne : labels.resultsMany, { count, query });
}
