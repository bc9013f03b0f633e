import type { JsxElementNode } from './mdast-node';

export interface JsxAttributes {
  /** Each attribute's value: text, `true` for a bare attribute, or the JSON literal inside `{…}`. */
  values: Record<string, unknown>;
  /** Attributes written as `{…}` holding something other than a plain value, e.g. `passMark={mark}`. */
  unreadable: { name: string; code: string }[];
  /** Spread attributes (`{...props}`), as written. */
  spreads: string[];
}

/**
 * Quizzes and scenarios are data, not code: the build reads them without running the lesson, so `{…}` may only
 * hold what JSON can say (numbers, `true`, `false`, "text").
 */
export function readJsxAttributes(element: JsxElementNode): JsxAttributes {
  const read: JsxAttributes = { values: {}, unreadable: [], spreads: [] };
  for (const attribute of element.attributes ?? []) {
    const value = attribute.value;
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      read.spreads.push(typeof value === 'object' && value ? value.value : (value ?? ''));
    } else if (value === null || value === undefined) {
      read.values[attribute.name] = true;
    } else if (typeof value === 'string') {
      read.values[attribute.name] = value;
    } else {
      const literal = parseJsonLiteral(value.value);
      if (literal.ok) read.values[attribute.name] = literal.value;
      else read.unreadable.push({ name: attribute.name, code: value.value });
    }
  }
  return read;
}

function parseJsonLiteral(code: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(code) };
  } catch {
    return { ok: false };
  }
}
