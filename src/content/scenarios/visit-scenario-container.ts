import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { visitContainerChildren, type ContainerAdvice } from '../mdx-elements/visit-container-children';
import { explainMisplacedScenarioElement, explainStrayScenarioContent } from './scenario-element-placement';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

const SCENARIO_CONTAINER_ADVICE: ContainerAdvice = { misplaced: explainMisplacedScenarioElement, stray: explainStrayScenarioContent };

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
  visitContainerChildren(container, allowed, SCENARIO_CONTAINER_ADVICE, (node, advice) => reportAt(context, node, entry, advice), visit);
}
