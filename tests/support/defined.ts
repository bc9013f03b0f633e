/**
 * The value a test looked up, or a failure that names what was missing. For lookups the test
 * expects to succeed (`files.get('imsmanifest.xml')`, `rows[0]`), where a bare `!` would fail later
 * with "cannot read properties of undefined" and no hint of what was not there.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, but there is none.`);
  return value;
}

/** The item at `index` (negative counts from the end, as `Array.prototype.at`), or a failure naming the list's length. */
export function itemAt<T>(list: ArrayLike<T>, index: number): T {
  const item = list[index < 0 ? list.length + index : index];
  if (item === undefined) throw new Error(`Expected an item at ${index}, but the list has ${list.length}.`);
  return item;
}
