import type { FlatCmi } from './emulated-lms-types';

/**
 * scorm-again's CMI as flat element → value pairs. Its own getFlattenedCMI() turns interactions and
 * objectives into "[object Object]", so this walks the rendered JSON instead.
 */
export function flattenCmi(value: unknown, prefix = '', into: FlatCmi = {}): FlatCmi {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flattenCmi(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into[prefix] = String(value);
  }
  return into;
}
