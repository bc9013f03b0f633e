import { listContainerChildren } from '../mdx-elements/container-children';
import { isUnknownComponent } from '../mdx-elements/known-components';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { explainMisplacedScenarioElement, explainStrayScenarioContent } from './scenario-element-placement';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

/**
 * Calls `visit` for each child element `allowed` names, in written order, and reports everything
 * else: other elements where they do nothing, and text learners would not see. For `<Scenario>`,
 * `<Character>` and `<Variable>`, which hold no narrative.
 */
export function visitScenarioContainer(
  container: JsxElementNode,
  allowed: readonly string[],
  context: ScenarioReadContext,
  entry: string | undefined,
  visit: (element: JsxElementNode) => void,
): void {
  for (const child of listContainerChildren(container)) {
    if ('content' in child) {
      reportAt(context, child.content, entry, explainStrayScenarioContent(container.name, child.content));
      continue;
    }
    const { element } = child;
    if (allowed.includes(element.name)) visit(element);
    // An unknown component is reported once, by the lesson's component check.
    else if (isUnknownComponent(element.name)) continue;
    else reportAt(context, element, entry, explainMisplacedScenarioElement(element.name, container.name));
  }
}
