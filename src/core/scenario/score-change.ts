import { NAME_PATTERN, collectResults, fail, findRepeatedNames, parseWholeNumber, splitCommaList, type ParseResult } from './author-list';

const SCORE = new RegExp(`^(${NAME_PATTERN})\\s*:\\s*(.*)$`);

function parseScore(text: string): ParseResult<[string, number]> {
  const match = SCORE.exec(text);
  if (match === null) {
    return fail(`"${text}" is not a score`, 'Write the dimension, a colon and the points, e.g. scores="safety:+2, transparency:-1".');
  }
  const [, dimension, amount] = match as unknown as [string, string, string];
  const points = parseWholeNumber(amount.replace(/^([+-])\s+/, '$1'));
  if (points === undefined) {
    const hint = amount.startsWith('=')
      ? `Scores add up along the path, so they cannot be set: write ${dimension}:+n or ${dimension}:-n.`
      : `Scores are whole numbers of points: write e.g. ${dimension}:+1 or ${dimension}:-2.`;
    return fail(`"${text}" gives ${dimension} "${amount}" points, which is not a whole number`, hint);
  }
  return { ok: true, value: [dimension, points] };
}

/** Points per dimension from a `scores` attribute: a comma list of `dimension:+n` or `dimension:-n` (a bare n adds). */
export function parseScoreChanges(text: string): ParseResult<Record<string, number>> {
  const parsed = collectResults(splitCommaList(text).map(parseScore));
  if (!parsed.ok) return parsed;
  const repeated = findRepeatedNames(parsed.value.map(([dimension]) => dimension), 'points', 'NAME:+2');
  return repeated.length > 0 ? { ok: false, problems: repeated } : { ok: true, value: Object.fromEntries(parsed.value) };
}

/** Scores after a choice: its points added to the dimensions it names. */
export function addScores(scores: Readonly<Record<string, number>>, points: Readonly<Record<string, number>>): Record<string, number> {
  const next = { ...scores };
  for (const [dimension, value] of Object.entries(points)) next[dimension] = (Object.hasOwn(next, dimension) ? (next[dimension] as number) : 0) + value;
  return next;
}

/** Points as an author writes them: `safety:+2, transparency:-1`. */
export function formatScoreChanges(points: Readonly<Record<string, number>>): string {
  return Object.entries(points).map(([dimension, value]) => `${dimension}:${value < 0 ? '-' : '+'}${Math.abs(value)}`).join(', ');
}
