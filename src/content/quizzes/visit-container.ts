import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { visitContainerChildren } from '../mdx-elements/visit-container-children';
import { reportAt, type QuizReadContext } from './quiz-read-context';

/**
 * Calls `visit` for each child element `allowed` names, in written order, and reports everything
 * else inside the quiz element: other elements where they do nothing, and text learners would not see.
 */
export function visitContainer(
  container: JsxElementNode,
  allowed: readonly string[],
  context: QuizReadContext,
  entry: string | undefined,
  visit: (element: JsxElementNode) => void,
): void {
  visitContainerChildren(container, allowed, context.placement, (node, advice) => reportAt(context, node, entry, advice), visit);
}
