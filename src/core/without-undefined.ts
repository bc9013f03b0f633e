/** Optional fields the author left out stay out, so the quiz or scenario data sent to the page is no larger than it needs to be. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
