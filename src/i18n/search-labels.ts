import type { Translate } from './strings';

/** The already-translated strings the search components show. */
export function createSearchLabels(t: Translate, scope: 'course' | 'all') {
  return {
    label: t('search.label'),
    placeholder: scope === 'course' ? t('search.placeholder') : t('search.placeholderAll'),
    submit: t('search.submit'),
    resultsOne: t('search.resultsOne'),
    resultsMany: t('search.resultsMany', { count: '{count}' }),
    noResults: t('search.noResults'),
    loading: t('search.loading'),
    searchFailed: t('search.failed'),
  };
}

export type SearchLabels = ReturnType<typeof createSearchLabels>;
