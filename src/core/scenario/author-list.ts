/** What is wrong with something an author wrote, and what to write instead. */
export interface ParseProblem {
  message: string;
  hint: string;
}

/** Either the parsed value, or every problem found: author input never throws. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: ParseProblem[] };

/** Variable and dimension names: letters and digits, with single `-` or `_` inside (`asked-about-safety`). */
export const NAME_PATTERN = '[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*';

/** The non-empty items of a comma list, trimmed; a stray trailing comma is forgiven. */
export function splitCommaList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** A whole number an author wrote (`+2`, `-1`, `3`), or undefined when it is not one JavaScript can hold exactly. */
export function parseWholeNumber(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Collects per-item results into one: the values when every item parsed, else all problems. */
export function collectResults<T>(results: readonly ParseResult<T>[]): ParseResult<T[]> {
  const problems = results.flatMap((result) => (result.ok ? [] : result.problems));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: results.map((result) => (result as { ok: true; value: T }).value) };
}

/** A problem for each name listed more than once, e.g. `trust:+1, trust:-1`. */
export function findRepeatedNames(names: readonly string[], what: string, example: string): ParseProblem[] {
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  return repeated.map((name) => ({
    message: `"${name}" is listed more than once`,
    hint: `Combine the ${what} for "${name}" into one item, e.g. ${example.replaceAll('NAME', name)}.`,
  }));
}

/** A failed parse with one problem. */
export const fail = (message: string, hint: string): { ok: false; problems: ParseProblem[] } => ({ ok: false, problems: [{ message, hint }] });
