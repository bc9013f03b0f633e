/** The id of an option, pair, step or level written without one: a, b, … z, aa, ab, … by position. */
export function defaultPartId(index: number): string {
  let id = '';
  let rest = index;
  do {
    id = String.fromCharCode(97 + (rest % 26)) + id;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return id;
}
