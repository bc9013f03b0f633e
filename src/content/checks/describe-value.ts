/** The value an author wrote at `path`, or undefined when the path is not there. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** A written value shown back to its author: `"ten"`, `1.5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'a value';
}

/**
 * A field path as an author reads it: `title`, `contentNote.why`, `` `name` in `support` item 2 ``.
 * List positions count from 1, the way people count lines of a list.
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let keys: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts.push(`${keys.length > 0 ? `\`${keys.join('.')}\` ` : ''}item ${segment + 1}`);
      keys = [];
    } else keys.push(String(segment));
  }
  if (keys.length > 0) parts.push(`\`${keys.join('.')}\``);
  return parts.reverse().join(' in ');
}
