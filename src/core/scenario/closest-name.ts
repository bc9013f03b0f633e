/** Edits (insert, delete, replace, swap two neighbours) between two names: "trsut" is one from "trust". */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] as number;
}

/** The known name an author most likely meant by a misspelt one, if any is close enough. */
export function findClosestName(name: string, known: readonly string[]): string | undefined {
  // A third of the length, at least one edit: catches typos without suggesting unrelated ids.
  const allowed = Math.max(1, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** ` (did you mean "trust"?)` or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = findClosestName(name, known);
  return closest === undefined ? '' : ` (did you mean "${closest}"?)`;
}
