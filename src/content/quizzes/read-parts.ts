import type { PartDeclaration, PartInput } from '../../core/quiz/question-kind';
import { defaultPartId } from '../../core/quiz/default-part-id';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { partElementSchema } from '../schemas/quiz';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readElementAttributes } from './read-element-attributes';
import { readElementText } from './read-element-text';
import { visitContainer } from './visit-container';

export interface ReadPart extends PartInput {
  node: JsxElementNode;
}

export interface ReadParts {
  parts: ReadPart[];
  /** Part elements written, including those with problems. */
  written: JsxElementNode[];
  /** False when a part has a problem of its own, so the question cannot be built. */
  usable: boolean;
}

/** Reads the parts of one question (its options, accepted answers, pairs…), reporting each problem; none for a kind without parts. */
export function readParts(question: JsxElementNode, part: PartDeclaration | undefined, context: QuizReadContext, entry: string | undefined): ReadParts {
  const read: ReadParts = { parts: [], written: [], usable: true };
  visitContainer(question, part ? [part.name] : [], context, entry, (element) => {
    if (!part) return;
    const index = read.written.push(element) - 1;
    const readPart = readOnePart(element, part, index, context, entry);
    if (readPart) read.parts.push(readPart);
    else read.usable = false;
  });
  return read;
}

function readOnePart(element: JsxElementNode, part: PartDeclaration, index: number, context: QuizReadContext, entry: string | undefined): ReadPart | undefined {
  const attributes = readElementAttributes(element, partElementSchema(part), context);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  let text: string | undefined = '';
  // A part without text ends with `/>`: anything inside it is reported, never read.
  if (part.text === undefined) visitContainer(element, [], context, entry, () => undefined);
  else text = readElementText(element, context, entry);
  if (!attributes.data || text === undefined) return undefined;
  const { id, ...rest } = attributes.data;
  const line = lineOf(element);
  return { node: element, id: typeof id === 'string' ? id : defaultPartId(index), text, attributes: rest, ...(line === undefined ? {} : { line }) };
}
