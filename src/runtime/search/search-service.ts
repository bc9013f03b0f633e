import type lunr from 'lunr';
import { parseLearnerQuery } from '../../core/search/learner-query';
import { loadCourseIndex } from '../../core/search/load-course-index';
import { queryCourseIndex } from '../../core/search/query-course-index';
import type { SearchHit } from '../../core/search/search-hit';
import { isSearchIndexFile } from '../../core/search/search-index-file';
import { createTermNormaliser } from '../../core/search/search-language';
import { resultToHit, type LoadedCourseIndex } from './result-to-hit';

export interface SearchOutcome {
  /** Best first, at most the requested limit. */
  hits: SearchHit[];
  /** How many sections matched in all, which may be more than `hits`. */
  total: number;
  /** Index files that could not be loaded; they are tried again on the next search. */
  failedUrls: string[];
}

export interface SearchService {
  load(indexUrls: string[]): Promise<{ failedUrls: string[] }>;
  /** The best `limit` hits after the first `offset` (the search page asks a page at a time). */
  search(indexUrls: string[], query: string, limit?: number, offset?: number): Promise<SearchOutcome>;
}

type Ranked = { course: LoadedCourseIndex; result: lunr.Index.Result }[];

/** Loads course index files on demand (once each) and answers queries across any set of them. */
export function createSearchService(fetchJson: (url: string) => Promise<unknown>): SearchService {
  const cache = new Map<string, Promise<LoadedCourseIndex>>();

  const loadOne = (url: string): Promise<LoadedCourseIndex> => {
    let pending = cache.get(url);
    if (pending === undefined) {
      pending = fetchJson(url).then((json) => parseIndexFile(url, json));
      // Forget a failure, so a dropped connection does not disable search for the rest of the visit.
      pending.catch(() => cache.delete(url));
      cache.set(url, pending);
    }
    return pending;
  };

  const loadAll = async (indexUrls: string[]) => {
    const settled = await Promise.allSettled(indexUrls.map(loadOne));
    const loaded = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const failedUrls = indexUrls.filter((_, position) => settled[position]?.status === 'rejected');
    return { loaded, failedUrls };
  };

  // The latest ranking, so the next page of the same search does not query again.
  let latest: { key: string; ranked: Ranked; failedUrls: string[] } | null = null;

  const rank = async (indexUrls: string[], query: string) => {
    const key = JSON.stringify([indexUrls, query]);
    if (latest?.key === key) return latest;
    const { loaded, failedUrls } = await loadAll(indexUrls);
    const learnerQuery = parseLearnerQuery(query);
    const ranked = loaded
      .flatMap((course) => queryCourseIndex(course.index, learnerQuery, course.normalise).map((result) => ({ course, result })))
      .sort((a, b) => b.result.score - a.result.score);
    latest = { key, ranked, failedUrls };
    return latest;
  };

  return {
    load: async (indexUrls) => ({ failedUrls: (await loadAll(indexUrls)).failedUrls }),
    async search(indexUrls, query, limit = Number.POSITIVE_INFINITY, offset = 0) {
      const { ranked, failedUrls } = await rank(indexUrls, query);
      // Snippets cost the most, so only the hits that will be shown get one.
      const hits = ranked.slice(offset, offset + limit).flatMap(({ course, result }) => resultToHit(course, result) ?? []);
      return { hits, total: ranked.length, failedUrls };
    },
  };
}

function parseIndexFile(url: string, json: unknown): LoadedCourseIndex {
  if (!isSearchIndexFile(json)) throw new Error(`${url} is not a search index this version can read.`);
  return {
    url,
    file: json,
    index: loadCourseIndex(json),
    normalise: createTermNormaliser(json.language),
  };
}
