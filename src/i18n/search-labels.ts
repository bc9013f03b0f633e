import type { SearchLabels } from '../core/search/search-labels';
import { createTranslator, type Translate } from './strings';

const languageLabel = (language: 'en' | 'da') => createTranslator(language)('language.label');

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
    ...(scope === 'all' ? { languageLabels: { en: languageLabel('en'), da: languageLabel('da') } } : {}),
  };
}

