import { flattenText } from '../mdx-elements/flatten-text';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
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
  const { text, code } = flattenText(element);
  for (const expression of code) {
    reportAt(context, element, entry, {
      message: `The text of \`<${element.name}>\` holds \`{${expression}}\`, which peerpath cannot read: quiz text is plain text.`,
      hint: 'Write the text itself. To show a curly brace, write `\\{` or `\\}`.',
    });
  }
  if (text === '') {
    reportAt(context, element, entry, {
      message: `\`<${element.name}>\` has no text.`,
      hint: `Write ${WHAT_TEXT_IS[element.name] ?? 'its text'} between \`<${element.name}>\` and \`</${element.name}>\`.`,
    });
    return undefined;
  }
  return code.length === 0 ? text : undefined;
}
