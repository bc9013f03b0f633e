/**
 * The candidate an author most likely meant, for "did you mean" hints: the same letters ignoring
 * case, dashes and underscores, a couple of typing slips apart, or one name contained in the other.
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

function allowedDistance(text: string): number {
  return text.length <= 3 ? 0 : text.length <= 6 ? 1 : 2;
}

function editDistance(a: string, b: string): number {
  // One row of the edit-distance table at a time; `diagonal` is the cell above and to the left.
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let distance = b.length;
  for (let i = 0; i < a.length; i++) {
    let diagonal = i;
    distance = i + 1;
    const current = [distance];
    for (const [j, above] of previous.slice(1).entries()) {
      distance = Math.min(above + 1, distance + 1, diagonal + (a[i] === b[j] ? 0 : 1));
      current.push(distance);
      diagonal = above;
    }
    previous = current;
  }
  return distance;
}
