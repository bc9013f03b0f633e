import type { z } from 'astro/zod';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import type { ElementAttributes } from '../mdx-elements/read-element-attributes';
import { StableIdSchema } from '../schemas/stable-id';
import type { QuizIdDeclaration } from './quiz-id-declaration';
import { entryOf, reportAt, type QuizReadContext } from './quiz-read-context';
import { readElementAttributes } from './read-element-attributes';

export interface DeclaringElement<T> {
  attributes: ElementAttributes<T>;
  /** Names the element in its problems, e.g. `bank "scenarios"`. */
  entry: string | undefined;
}

/**
 * Reads the attributes of a `<Quiz>`, `<Bank>` or question, reports their problems, and records the
 * id it declares (when valid) for the course-wide uniqueness checks.
 */
export function readDeclaringElement<S extends z.ZodObject>(
  element: JsxElementNode,
  schema: S,
  kind: QuizIdDeclaration['kind'],
  context: QuizReadContext,
): DeclaringElement<z.output<S>> {
  const attributes = readElementAttributes(element, schema, context);
  const entry = entryOf(kind, attributes.written);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  const id = StableIdSchema.safeParse(attributes.written.id);
  if (id.success) context.declarations.push({ kind, id: id.data, line: lineOf(element) });
  return { attributes, entry };
}
