import type { z } from 'astro/zod';
import { schemaAtPath } from '../checks/describe-schema';
import type { Advice } from './advice';
import type { AttributeWords } from './attribute-words';
import { explainAttributeIssue, explainSpreadAttribute, explainUnknownAttribute, explainUnreadableAttribute } from './explain-attribute-issue';
import type { JsxElementNode } from './mdast-node';
import { readJsxAttributes } from './read-jsx-attributes';

export interface ElementAttributes<T> {
  /** The checked attributes with their defaults; undefined when any attribute has a problem. */
  data?: T;
  /** The attributes as written (JSON literals read), for naming the entry even when they have problems. */
  written: Record<string, unknown>;
  advice: Advice[];
}

/** Reads an element's attributes and checks them against the element's schema. */
export function readElementAttributes<S extends z.ZodObject>(element: JsxElementNode, schema: S, words: AttributeWords): ElementAttributes<z.output<S>> {
  const { values, unreadable, spreads } = readJsxAttributes(element);
  const advice: Advice[] = [
    ...spreads.map((code) => explainSpreadAttribute(element.name, code, words)),
    ...unreadable.map(({ name, code }) => explainUnreadableAttribute(element.name, name, code, schemaAtPath(schema, [name]), words)),
  ];
  const unreadableNames = new Set(unreadable.map(({ name }) => name));
  const result = schema.safeParse(values);
  // An unreadable attribute would otherwise count as left out: `correct={yes}` as a wrong option.
  if (result.success) return advice.length === 0 ? { data: result.data, written: values, advice } : { written: values, advice };

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(schema.shape);
      advice.push(...issue.keys.map((key) => explainUnknownAttribute(element.name, key, known)));
      continue;
    }
    const name = String(issue.path[0]);
    // Already reported as unreadable: "missing" would send the author looking for the wrong thing.
    if (unreadableNames.has(name)) continue;
    const facts = { issue, element: element.name, name, value: values[name], expected: schemaAtPath(schema, [name]), written: values };
    advice.push(explainAttributeIssue(facts, words));
  }
  return { written: values, advice };
}
