import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { readTextOnlyElement } from '../mdx-elements/read-text-only-element';
import { reportAt, type QuizReadContext } from './quiz-read-context';

const WHAT_TEXT_IS: Record<string, string> = {
  Option: 'the option learners choose',
  Accept: 'an answer you accept',
  Step: 'the step',
  Level: 'the level, e.g. "Not yet"',
  ScoreBand: 'the feedback for learners who reach this score',
};

/** The plain text of an element that is all text (`<Option>`, `<Accept>`, `<Step>`, `<Level>`, `<ScoreBand>`); undefined when it has none. */
export function readElementText(element: JsxElementNode, context: QuizReadContext, entry: string | undefined): string | undefined {
  const read = readTextOnlyElement(element, 'quiz', WHAT_TEXT_IS);
  for (const advice of read.advice) reportAt(context, element, entry, advice);
  return read.text;
}
