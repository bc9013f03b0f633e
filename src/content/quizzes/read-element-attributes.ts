import type { z } from 'astro/zod';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes as readAttributes, type ElementAttributes } from '../mdx-elements/read-element-attributes';
import type { QuizReadContext } from './quiz-read-context';

/** Reads a quiz element's attributes and checks them against the element's schema. */
export function readElementAttributes<S extends z.ZodObject>(element: JsxElementNode, schema: S, context: QuizReadContext): ElementAttributes<z.output<S>> {
  return readAttributes(element, schema, context.elements.words);
}
