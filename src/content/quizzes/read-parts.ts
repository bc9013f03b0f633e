import type { z } from 'astro/zod';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { OptionElementSchema, OrderedTextElementSchema, PairElementSchema, TextOnlyElementSchema } from '../schemas/quiz';
import { defaultPartId } from './default-part-id';
import type { PartElementName } from './quiz-element-names';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readElementAttributes } from './read-element-attributes';
import { readElementText } from './read-element-text';
import { visitContainer } from './visit-container';

const PART_SCHEMAS = {
  Option: OptionElementSchema,
  Accept: TextOnlyElementSchema,
  Pair: PairElementSchema,
  Step: OrderedTextElementSchema,
  Level: OrderedTextElementSchema,
} satisfies Record<PartElementName, z.ZodObject>;

type PartData<N extends PartElementName> = z.output<(typeof PART_SCHEMAS)[N]>;

export interface ReadPart<N extends PartElementName> {
  node: JsxElementNode;
  /** The id written, or a, b, c… by position. */
  id: string;
  /** The text inside; empty for `<Pair>`, whose text is in its attributes. */
  text: string;
  data: PartData<N>;
}

export interface ReadParts<N extends PartElementName> {
  parts: ReadPart<N>[];
  /** Part elements written, including those with problems. */
  written: JsxElementNode[];
  /** False when a part has a problem of its own, so the question cannot be built. */
  usable: boolean;
}

/** Reads the options, accepted answers, pairs, steps or levels of one question, reporting each problem. */
export function readParts<N extends PartElementName>(
  question: JsxElementNode,
  partName: N | undefined,
  context: QuizReadContext,
  entry: string | undefined,
): ReadParts<N> {
  const read: ReadParts<N> = { parts: [], written: [], usable: true };
  visitContainer(question, partName ? [partName] : [], context, entry, (element) => {
    const index = read.written.push(element) - 1;
    const part = readPart(element, partName as N, index, context, entry);
    if (part) read.parts.push(part);
    else read.usable = false;
  });
  return read;
}

function readPart<N extends PartElementName>(
  element: JsxElementNode,
  partName: N,
  index: number,
  context: QuizReadContext,
  entry: string | undefined,
): ReadPart<N> | undefined {
  const attributes = readElementAttributes(element, PART_SCHEMAS[partName]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  let text: string | undefined = '';
  if (partName === 'Pair') visitContainer(element, [], context, entry, () => undefined);
  else text = readElementText(element, context, entry);
  if (!attributes.data || text === undefined) return undefined;
  const data = attributes.data as PartData<N>;
  const written = 'id' in data && typeof data.id === 'string' ? data.id : undefined;
  return { node: element, id: written ?? defaultPartId(index), text, data };
}
