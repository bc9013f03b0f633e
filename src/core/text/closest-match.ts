/**
 * The candidate an author most likely meant, for "did you mean" hints (field, component, scene,
 * variable names…): the same letters ignoring case, dashes and underscores, a slip or two of typing
 * apart ("trsut" is one from "trust"), or one name contained in the other.
 */
export function findClosestMatch(wanted: string, candidates: Iterable<string>): string | undefined {
  const target = normalise(wanted);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = scoreLikeness(target, normalise(candidate));
    if (score !== undefined && (!best || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}

/** Lower is closer; undefined when the two are not alike enough to suggest. */
function scoreLikeness(a: string, b: string): number | undefined {
  const distance = editDistance(a, b);
  if (distance <= allowedDistance(a)) return distance;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  // Containment ("intro" in "introduction") ranks after every near-spelling.
  if (shorter.length >= 4 && longer.includes(shorter)) return 100 + longer.length - shorter.length;
  return undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, '');
}

// Two letters ("ix") suggest nothing; a short name ("kym", "safty") one slip; a longer one two.
function allowedDistance(text: string): number {
  return text.length <= 2 ? 0 : text.length <= 6 ? 1 : 2;
}

/** Edits between two names: insert, delete, replace, or swap two neighbours. */
function editDistance(a: string, b: string): number {
  // Three rows of the table: two back for a swap, one back for the rest.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
