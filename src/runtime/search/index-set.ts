import lunr from 'lunr';
import { mergeShards } from '../../core/search/merge-shards';
import {
  docsFileName,
  isSearchDocList,
  isSearchManifest,
  isSerializedLunrIndex,
  shardFileName,
  type SearchDoc,
  type SearchManifest,
  type SerializedLunrIndex,
} from '../../core/search/search-index-file';
import { createTermNormaliser, registerSearchLanguages } from '../../core/search/search-language';

export type FetchJson = (url: string) => Promise<unknown>;

/** An index set as the worker holds it: its manifest at once, shards and section texts as queries need them. */
export interface IndexSet {
  /** Absolute URL of the manifest; every other file of the set, and every section link, resolves against it. */
  url: string;
  manifest: SearchManifest;
  normalise: (word: string) => string;
  /** A lunr index holding at least the terms of these shards (fetched once each). */
  indexWithShards(shards: readonly number[]): Promise<lunr.Index>;
  /** The section with this position in the set (its docs file fetched once). */
  doc(position: number): Promise<SearchDoc | undefined>;
}

export async function loadIndexSet(url: string, fetchJson: FetchJson): Promise<IndexSet> {
  const manifest = await fetchJson(url);
  if (!isSearchManifest(manifest)) throw new Error(`${url} is not a search index this version can read.`);
  // Both languages' pipeline functions must be registered before lunr.Index.load reads their labels.
  registerSearchLanguages();
  const shards = new Map<number, Promise<SerializedLunrIndex>>();
  const docFiles = new Map<number, Promise<SearchDoc[]>>();
  let loaded: { shards: Set<number>; index: lunr.Index } | null = null;

  const fetchOnce = <T>(cache: Map<number, Promise<T>>, key: number, file: string, isValid: (value: unknown) => value is T) => {
    let pending = cache.get(key);
    if (pending === undefined) {
      const fileUrl = new URL(file, url).href;
      pending = fetchJson(fileUrl).then((value) => {
        if (!isValid(value)) throw new Error(`${fileUrl} is not part of a search index this version can read.`);
        return value;
      });
      // Forget a failure, so a dropped connection does not disable search for the rest of the visit.
      pending.catch(() => cache.delete(key));
      cache.set(key, pending);
    }
    return pending;
  };

  return {
    url,
    manifest,
    normalise: createTermNormaliser(manifest.language),
    async indexWithShards(wanted) {
      const needed = wanted.filter((shard) => !(loaded?.shards.has(shard) ?? false));
      if (loaded !== null && needed.length === 0) return loaded.index;
      await Promise.all(wanted.map((shard) => fetchOnce(shards, shard, shardFileName(shard), isSerializedLunrIndex)));
      // Another query may have grown the index meanwhile; rebuild from every shard fetched so far.
      const all = [...shards.keys()].sort((a, b) => a - b);
      const settled = await Promise.allSettled(all.map((shard) => shards.get(shard) as Promise<SerializedLunrIndex>));
      const ready = all.filter((_, position) => settled[position]?.status === 'fulfilled');
      const serialized = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      if (loaded === null || ready.length > loaded.shards.size) {
        loaded = {
          shards: new Set(ready),
          index: serialized.length === 0 ? emptyIndex() : lunr.Index.load(mergeShards(serialized)),
        };
      }
      return loaded.index;
    },
    async doc(position) {
      const file = Math.floor(position / manifest.docsPerFile);
      const docs = await fetchOnce(docFiles, file, docsFileName(file), isSearchDocList);
      return docs[position % manifest.docsPerFile];
    },
  };
}

/** An index set with no terms at all (no lesson had text) still answers, with nothing. */
function emptyIndex(): lunr.Index {
  return lunr.Index.load({ version: lunr.version, fields: [], fieldVectors: [], invertedIndex: [], pipeline: [] });
}
