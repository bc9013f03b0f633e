import { flattenText } from '../mdx-elements/flatten-text';
import { isUnknownComponent } from '../mdx-elements/known-components';
import { isJsxElement, type JsxElementNode, type MdastNode } from '../mdx-elements/mdast-node';
import { explainCodeInText, readTextOnlyElement } from '../mdx-elements/read-text-only-element';
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
  const read = readTextOnlyElement(element, 'scenario', WHAT_TEXT_IS);
  for (const advice of read.advice) reportAt(context, element, entry, advice);
  return read.text;
}

/** One narrative paragraph from inline content (text, emphasis, links…), as plain text; code in it is reported. */
export function readNarrativeText(nodes: readonly MdastNode[], context: ScenarioReadContext, entry: string | undefined): string {
  const { text, code } = flattenText({ type: 'paragraph', children: [...nodes] });
  const [first] = nodes;
  if (first) {
    for (const expression of code) reportAt(context, first, entry, explainCodeInText('The narrative', expression, 'scenario'));
  }
  return text;
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
