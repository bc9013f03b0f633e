import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { readTextOnlyElement } from '../mdx-elements/read-text-only-element';
import { reportAt, type QuizReadContext } from './quiz-read-context';

/** The plain text of an element that is all text (`<Option>`, `<Accept>`, `<Step>`, `<Level>`, `<ScoreBand>`); undefined when it has none. */
export function readElementText(element: JsxElementNode, context: QuizReadContext, entry: string | undefined): string | undefined {
  const read = readTextOnlyElement(element, 'quiz', context.elements.whatTextIs);
  for (const advice of read.advice) reportAt(context, element, entry, advice);
  return read.text;
}
