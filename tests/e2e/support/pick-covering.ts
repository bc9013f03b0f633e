/**
 * Few candidates that between them have every feature any candidate has: each pick adds the most
 * features not yet covered, the earliest on a tie. Tests use it to do one of each kind of thing,
 * so their cost follows the kinds a course has, not its length.
 */
export function pickCovering<T>(candidates: readonly T[], featuresOf: (candidate: T) => ReadonlySet<string>): T[] {
  const pool = candidates.map((candidate) => ({ candidate, features: featuresOf(candidate) }));
  const covered = new Set<string>();
  const picked: T[] = [];
  const gain = (features: ReadonlySet<string>) => [...features].filter((feature) => !covered.has(feature)).length;
  for (;;) {
    let best: (typeof pool)[number] | undefined;
    for (const entry of pool) if (gain(entry.features) > (best ? gain(best.features) : 0)) best = entry;
    if (!best) return picked;
    picked.push(best.candidate);
    best.features.forEach((feature) => covered.add(feature));
  }
}
