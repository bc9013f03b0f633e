import type { SearchLabels } from '../core/search/search-labels';
import type { Translate } from './strings';

/** The already-translated strings the search components show. */
export function createSearchLabels(t: Translate, scope: 'course' | 'all'): SearchLabels {
  return {
    label: t('search.label'),
    placeholder: scope === 'course' ? t('search.placeholder') : t('search.placeholderAll'),
    submit: t('search.submit'),
    resultsOne: t('search.resultsOne'),
    resultsMany: t('search.resultsMany', { count: '{count}' }),
    noResults: t('search.noResults'),
    loading: t('search.loading'),
    searchFailed: t('search.failed'),
    showAll: t('search.showAll', { query: '{query}' }),
    needsJavaScript: t('search.needsJavaScript'),
  };
}

