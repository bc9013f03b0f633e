import { listContainerChildren } from '../mdx-elements/container-children';
import { isUnknownComponent } from '../mdx-elements/known-components';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { explainMisplacedElement, explainStrayContent } from './element-placement';
import { reportAt, type QuizReadContext } from './quiz-read-context';

/**
 * Calls `visit` for each child element `allowed` names, in written order, and reports everything
 * else inside the container: other elements where they do nothing, and text learners would not see.
 */
export function visitContainer(
  container: JsxElementNode,
  allowed: readonly string[],
  context: QuizReadContext,
  entry: string | undefined,
  visit: (element: JsxElementNode) => void,
): void {
  for (const child of listContainerChildren(container)) {
    if ('content' in child) {
      reportAt(context, child.content, entry, explainStrayContent(container.name, child.content));
      continue;
    }
    const { element } = child;
    if (allowed.includes(element.name)) visit(element);
    // An unknown component is reported once, by the lesson's component check.
    else if (isUnknownComponent(element.name)) continue;
    else reportAt(context, element, entry, explainMisplacedElement(element.name, container.name));
  }
}
