import type { Advice } from './advice';
import { flattenText } from './flatten-text';
import type { JsxElementNode } from './mdast-node';

export interface ElementText {
  /** The plain text; undefined when there is none or it holds code. */
  text: string | undefined;
  /** What is wrong with the text, all about the element itself. */
  advice: Advice[];
}

/**
 * The plain text of an element that is all text (`<Option>`, `<Line>`, `<Choice>`…), inline marks
 * dropped. `noun` names the family in "quiz text is plain text"; `whatTextIs` says, by element name,
 * what to write when the element is empty.
 */
export function readTextOnlyElement(element: JsxElementNode, noun: string, whatTextIs: Readonly<Record<string, string>>): ElementText {
  const { text, code } = flattenText(element);
  const advice = code.map((expression) => explainCodeInText(`The text of \`<${element.name}>\``, expression, noun));
  if (text === '') {
    advice.push({
      message: `\`<${element.name}>\` has no text.`,
      hint: `Write ${whatTextIs[element.name] ?? 'its text'} between \`<${element.name}>\` and \`</${element.name}>\`.`,
    });
    return { text: undefined, advice };
  }
  return { text: code.length === 0 ? text : undefined, advice };
}

/** `{…}` in text that is not a plain value: the build reads lessons without running them. `what` starts the sentence. */
export function explainCodeInText(what: string, expression: string, noun: string): Advice {
  return {
    message: `${what} holds \`{${expression}}\`, which peerpath cannot read: ${noun} text is plain text.`,
    hint: 'Write the text itself. To show a curly brace, write `\\{` or `\\}`.',
  };
}
