import type { z } from 'astro/zod';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes as readAttributes, type ElementAttributes } from '../mdx-elements/read-element-attributes';
import { QUIZ_ATTRIBUTE_WORDS } from './quiz-attribute-words';

/** Reads a quiz element's attributes and checks them against the element's schema. */
export function readElementAttributes<S extends z.ZodObject>(element: JsxElementNode, schema: S): ElementAttributes<z.output<S>> {
  return readAttributes(element, schema, QUIZ_ATTRIBUTE_WORDS);
}
