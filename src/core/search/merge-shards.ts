import type { SerializedLunrIndex } from './search-index-file';

/**
 * Joins shards of one lunr index (each `lunr.Index#toJSON()` of a term range) into the serialised index
 * `lunr.Index.load` reads. Ranges do not overlap, so each term comes from one shard; a document field
 * found in several shards gets one vector holding all their elements, ordered by term index as lunr keeps
 * them. Scores are then the same as the whole index's for any query whose terms are all in the shards:
 * lunr scores a document by its vector's elements for the query's terms, normalised by the query alone.
 */
export function mergeShards(shards: readonly SerializedLunrIndex[]): SerializedLunrIndex {
  const [first] = shards;
  if (first === undefined) throw new Error('mergeShards needs at least one shard.');
  if (shards.length === 1) return first;
  const vectors = new Map<string, number[][]>();
  for (const shard of shards) {
    for (const [ref, elements] of shard.fieldVectors) {
      const parts = vectors.get(ref);
      if (parts === undefined) vectors.set(ref, [elements]);
      else parts.push(elements);
    }
  }
  return {
    version: first.version,
    fields: first.fields,
    fieldVectors: [...vectors].map(([ref, parts]) => [ref, parts.length === 1 ? (parts[0] ?? []) : mergeVectorElements(parts)]),
    invertedIndex: shards.flatMap((shard) => shard.invertedIndex).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    pipeline: first.pipeline,
  };
}

/** Flat `[termIndex, score, termIndex, score, …]` lists merged into one ordered by term index. */
function mergeVectorElements(parts: number[][]): number[] {
  const pairs: [number, number][] = [];
  for (const elements of parts) {
    for (let i = 0; i < elements.length; i += 2) pairs.push([elements[i] ?? 0, elements[i + 1] ?? 0]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}
