import { toStableId } from '../content/schemas/stable-id';

/**
 * An id from words, made unique against the ids already taken: `welcome`, then `welcome-2`, … .
 * Derived from the title rather than a position, so moving things later never changes it.
 */
export function createUniqueId(words: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = (toStableId(words) || fallback).slice(0, 56).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const id = `${base}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id an author wrote in a course's lessons (`id:` in frontmatter, `id="…"` on elements): quiz, question and scenario ids share the course. */
export function collectWrittenIds(sources: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/(?:^id:\s*["']?|\bid=["'])([a-z0-9-]+)/gm)) if (match[1]) ids.add(match[1]);
  }
  return ids;
}
