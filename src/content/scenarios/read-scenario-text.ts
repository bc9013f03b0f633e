import { flattenText } from '../mdx-elements/flatten-text';
import { isUnknownComponent } from '../mdx-elements/known-components';
import { isJsxElement, type JsxElementNode, type MdastNode } from '../mdx-elements/mdast-node';
import { explainMisplacedScenarioElement } from './scenario-element-placement';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

const WHAT_TEXT_IS: Record<string, string> = {
  Line: 'what the character says',
  Choice: 'the button text learners choose',
  Reflect: 'the question learners reflect on',
};

/**
 * The plain text of `<Line>`, `<Choice>` or `<Reflect>` (inline marks dropped); undefined when it has
 * none or holds code. Components inside are reported: the text is shown as plain text.
 */
export function readScenarioText(element: JsxElementNode, context: ScenarioReadContext, entry: string | undefined): string | undefined {
  reportComponentsInside(element, context, entry);
  const { text, code } = flattenText(element);
  reportCode(element, code, context, entry, `The text of \`<${element.name}>\``);
  if (text === '') {
    reportAt(context, element, entry, {
      message: `\`<${element.name}>\` has no text.`,
      hint: `Write ${WHAT_TEXT_IS[element.name] ?? 'its text'} between \`<${element.name}>\` and \`</${element.name}>\`.`,
    });
    return undefined;
  }
  return code.length === 0 ? text : undefined;
}

/** One narrative paragraph from inline content (text, emphasis, links…), as plain text; code in it is reported. */
export function readNarrativeText(nodes: readonly MdastNode[], context: ScenarioReadContext, entry: string | undefined): string {
  const { text, code } = flattenText({ type: 'paragraph', children: [...nodes] });
  const [first] = nodes;
  if (first) reportCode(first, code, context, entry, 'The narrative');
  return text;
}

function reportCode(node: MdastNode, code: readonly string[], context: ScenarioReadContext, entry: string | undefined, what: string): void {
  for (const expression of code) {
    reportAt(context, node, entry, {
      message: `${what} holds \`{${expression}}\`, which peerpath cannot read: scenario text is plain text.`,
      hint: 'Write the text itself. To show a curly brace, write `\\{` or `\\}`.',
    });
  }
}

/** Elements inside text-only elements: `<Choice>` inside `<Line>`, a component inside a choice's text. */
function reportComponentsInside(element: JsxElementNode, context: ScenarioReadContext, entry: string | undefined): void {
  const visit = (node: MdastNode): void => {
    for (const child of node.children ?? []) {
      if (isJsxElement(child) && /^[A-Z]/.test(child.name) && !isUnknownComponent(child.name)) {
        reportAt(context, child, entry, explainMisplacedScenarioElement(child.name, element.name));
      } else visit(child);
    }
  };
  visit(element);
}
