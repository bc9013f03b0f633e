import lunr from 'lunr';
import { compactIndexToLunrJson } from './compact-index';
import type { SearchIndexFile } from './search-index-file';
import { registerSearchLanguages } from './search-language';

/** A ready lunr index from a course's index file (both languages' pipeline functions registered first). */
export function loadCourseIndex(file: SearchIndexFile): lunr.Index {
  registerSearchLanguages();
  return lunr.Index.load(compactIndexToLunrJson(file.index));
}
