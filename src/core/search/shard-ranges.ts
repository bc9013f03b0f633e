/** A range of index terms, both ends included, in JavaScript's default string order (as lunr sorts terms). */
export interface TermRange {
  from: string;
  to: string;
}

// Above every character a term can hold, so `prefix + END` closes the range of terms starting with `prefix`.
const END = '\uffff';

export const exactTerm = (term: string): TermRange => ({ from: term, to: term });
export const termsStartingWith = (prefix: string): TermRange => ({ from: prefix, to: `${prefix}${END}` });

/**
 * The shards a range of terms can be in, given each shard's first term (ascending): from the last
 * shard starting at or before `from` to the last starting at or before `to`.
 */
export function shardsForRange(shardStarts: readonly string[], range: TermRange): number[] {
  if (shardStarts.length === 0) return [];
  const first = Math.max(0, lastStartAtOrBefore(shardStarts, range.from));
  const last = lastStartAtOrBefore(shardStarts, range.to);
  const shards: number[] = [];
  for (let shard = first; shard <= last; shard += 1) shards.push(shard);
  return shards;
}

export function shardsForRanges(shardStarts: readonly string[], ranges: readonly TermRange[]): number[] {
  return [...new Set(ranges.flatMap((range) => shardsForRange(shardStarts, range)))].sort((a, b) => a - b);
}

/** Binary search; -1 when every shard starts after `term`. */
function lastStartAtOrBefore(starts: readonly string[], term: string): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? '') <= term) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
