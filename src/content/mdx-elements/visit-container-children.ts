import type { Advice } from './advice';
import { listContainerChildren } from './container-children';
import { isUnknownComponent } from './known-components';
import type { JsxElementNode, MdastNode } from './mdast-node';

/** How one family of elements (quizzes, scenarios) tells an author that something inside a container does nothing. */
export interface ContainerAdvice {
  /** One of the family's elements where it does nothing, e.g. a `<Bank>` in a `<Bank>`. */
  misplaced: (name: string, container: string) => Advice;
  /** Content learners would not see, e.g. a heading in a `<Scenario>`. */
  stray: (container: string, node: MdastNode) => Advice;
}

/**
 * Calls `visit` for each child element `allowed` names, in written order, and reports everything
 * else inside the container: other elements where they do nothing, and text learners would not see.
 */
export function visitContainerChildren(
  container: JsxElementNode,
  allowed: readonly string[],
  explain: ContainerAdvice,
  report: (node: MdastNode, advice: Advice) => void,
  visit: (element: JsxElementNode) => void,
): void {
  for (const child of listContainerChildren(container)) {
    if ('content' in child) {
      report(child.content, explain.stray(container.name, child.content));
      continue;
    }
    const { element } = child;
    if (allowed.includes(element.name)) visit(element);
    // An unknown component is reported once, by the lesson's component check.
    else if (isUnknownComponent(element.name)) continue;
    else report(element, explain.misplaced(element.name, container.name));
  }
}
