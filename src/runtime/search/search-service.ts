import type lunr from 'lunr';
import { parseLearnerQuery, type LearnerQuery } from '../../core/search/learner-query';
import { queryCourseIndex, termRangesOfQuery } from '../../core/search/query-course-index';
import type { SearchFilters, SearchHit } from '../../core/search/search-hit';
import { refToDocPosition, type SearchManifestCourse } from '../../core/search/search-index-file';
import { shardsForRanges } from '../../core/search/shard-ranges';
import { loadIndexSet, type FetchJson, type IndexSet } from './index-set';
import { resultToHit } from './result-to-hit';

export interface SearchOutcome {
  /** Best first, at most the requested limit. */
  hits: SearchHit[];
  /** How many sections matched in all, which may be more than `hits`. */
  total: number;
  /** Index files that could not be loaded; they are tried again on the next search. */
  failedUrls: string[];
}

export interface SearchService {
  /** Fetches the index sets' manifests only: what makes the first keystroke fast. */
  load(indexUrls: string[]): Promise<{ failedUrls: string[] }>;
  /** The best `limit` hits after the first `offset` (the search page asks a page at a time). */
  search(indexUrls: string[], query: string, limit?: number, offset?: number, filters?: SearchFilters): Promise<SearchOutcome>;
}

type Ranked = { set: IndexSet; course: SearchManifestCourse; position: number; result: lunr.Index.Result }[];

/** Loads index sets on demand (each file once) and answers queries across any set of them. */
export function createSearchService(fetchJson: FetchJson): SearchService {
  const sets = new Map<string, Promise<IndexSet>>();

  const loadOne = (url: string): Promise<IndexSet> => {
    let pending = sets.get(url);
    if (pending === undefined) {
      pending = loadIndexSet(url, fetchJson);
      // Forget a failure, so a dropped connection does not disable search for the rest of the visit.
      pending.catch(() => sets.delete(url));
      sets.set(url, pending);
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

  const rank = async (indexUrls: string[], query: string, filters: SearchFilters) => {
    const key = JSON.stringify([indexUrls, query, filters]);
    if (latest?.key === key) return latest;
    const { loaded, failedUrls } = await loadAll(indexUrls);
    const learnerQuery = parseLearnerQuery(query);
    const languages = nonEmpty(filters.languages);
    const searched = loaded.filter((set) => languages === null || languages.has(set.manifest.language));
    const settled = await Promise.allSettled(searched.map((set) => rankInSet(set, learnerQuery, nonEmpty(filters.courseIds))));
    settled.forEach((outcome, position) => {
      if (outcome.status === 'rejected') failedUrls.push(searched[position]?.url ?? '');
    });
    const ranked = settled
      .flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []))
      .sort((a, b) => b.result.score - a.result.score);
    latest = { key, ranked, failedUrls };
    return latest;
  };

  return {
    load: async (indexUrls) => ({ failedUrls: (await loadAll(indexUrls)).failedUrls }),
    async search(indexUrls, query, limit = Number.POSITIVE_INFINITY, offset = 0, filters = {}) {
      const { ranked, failedUrls } = await rank(indexUrls, query, filters);
      // Section texts are fetched, and snippets made, only for the hits that will be shown.
      const shown = ranked.slice(offset, offset + limit);
      const hits = await Promise.all(
        shown.map(async ({ set, course, position, result }) => {
          const doc = await set.doc(position);
          return doc === undefined ? [] : [resultToHit(set, course, doc, result)];
        }),
      );
      return { hits: hits.flat(), total: ranked.length, failedUrls };
    },
  };
}

/** Fetches the shards the query's words can be in, then queries them with lunr; courses filter the results. */
async function rankInSet(set: IndexSet, query: LearnerQuery, courseIds: Set<string> | null): Promise<Ranked> {
  const shards = shardsForRanges(set.manifest.shardStarts, termRangesOfQuery(query, set.normalise));
  if (shards.length === 0) return [];
  const index = await set.indexWithShards(shards);
  const courses = set.manifest.courses.filter((course) => courseIds === null || courseIds.has(course.id));
  return queryCourseIndex(index, query, set.normalise).flatMap((result) => {
    const position = refToDocPosition(result.ref);
    const course = courses.find((candidate) => position >= candidate.firstDoc && position < candidate.firstDoc + candidate.docCount);
    return course === undefined ? [] : [{ set, course, position, result }];
  });
}

function nonEmpty(values: string[] | undefined): Set<string> | null {
  return values === undefined || values.length === 0 ? null : new Set(values);
}
