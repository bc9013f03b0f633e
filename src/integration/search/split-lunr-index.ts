import type { SerializedLunrIndex } from '../../core/search/search-index-file';

// Raw JSON per shard, before compression (about a quarter of it travels): a query fetches one shard per
// word, so a shard is a few kilobytes over the wire; smaller would lengthen the manifest's shard list.
export const DEFAULT_SHARD_BYTES = 48_000;
// JSON a posting adds, roughly: `"ref":{}` in the inverted index and `[index,score]` in the field vector.
const BYTES_PER_POSTING = 24;

/**
 * Splits a serialised lunr index into shards by term range, each itself a serialised lunr index (the
 * terms of its range and, per document field, the vector elements of those terms), cut where a shard
 * reaches `shardBytes`. A term is never split: a very common one makes a larger shard of its own.
 */
export function splitLunrIndex(
  index: SerializedLunrIndex,
  shardBytes = DEFAULT_SHARD_BYTES,
): { shardStarts: string[]; shards: SerializedLunrIndex[] } {
  const shardOfTermIndex = new Map<number, number>();
  const shardStarts: string[] = [];
  const termsPerShard: SerializedLunrIndex['invertedIndex'][] = [];
  let bytes = Number.POSITIVE_INFINITY;
  for (const entry of index.invertedIndex) {
    const [term, posting] = entry;
    if (bytes >= shardBytes) {
      shardStarts.push(term);
      termsPerShard.push([]);
      bytes = 0;
    }
    termsPerShard.at(-1)?.push(entry);
    shardOfTermIndex.set(posting._index as number, shardStarts.length - 1);
    bytes += term.length + postingCount(posting) * BYTES_PER_POSTING;
  }
  const vectorsPerShard = termsPerShard.map((): SerializedLunrIndex['fieldVectors'] => []);
  for (const [ref, elements] of index.fieldVectors) {
    const parts = new Map<number, number[]>();
    for (let i = 0; i < elements.length; i += 2) {
      const shard = shardOfTermIndex.get(elements[i] ?? -1) ?? 0;
      let part = parts.get(shard);
      if (part === undefined) parts.set(shard, (part = []));
      part.push(elements[i] ?? 0, elements[i + 1] ?? 0);
    }
    for (const [shard, part] of parts) vectorsPerShard[shard]?.push([ref, part]);
  }
  return {
    shardStarts,
    shards: termsPerShard.map((invertedIndex, shard) => ({
      version: index.version,
      fields: index.fields,
      fieldVectors: vectorsPerShard[shard] ?? [],
      invertedIndex,
      pipeline: index.pipeline,
    })),
  };
}

function postingCount(posting: Record<string, unknown>): number {
  let count = 0;
  for (const [field, refs] of Object.entries(posting)) {
    if (field !== '_index' && typeof refs === 'object' && refs !== null) count += Object.keys(refs).length;
  }
  return count;
}
