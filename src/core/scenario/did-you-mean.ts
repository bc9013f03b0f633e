import { findClosestMatch } from '../text/closest-match';

/** ` (did you mean "trust"?)` or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = findClosestMatch(name, known);
  return closest === undefined ? '' : ` (did you mean "${closest}"?)`;
}
