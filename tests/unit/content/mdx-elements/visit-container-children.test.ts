import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Advice } from '../../../../src/content/mdx-elements/advice';
import { isJsxElement, lineOf, type JsxElementNode, type MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import { visitContainerChildren, type ContainerAdvice } from '../../../../src/content/mdx-elements/visit-container-children';

const EXPLAIN: ContainerAdvice = {
  misplaced: (name, container) => ({ message: `misplaced ${name} in ${container}`, hint: '' }),
  stray: (container, node) => ({ message: `stray ${node.type} in ${container}`, hint: '' }),
};

function visitFirst(mdx: string, allowed: readonly string[]): { visited: string[]; reported: string[] } {
  const container = (mdxToMdast(mdx) as MdastNode).children?.find(isJsxElement) as JsxElementNode;
  const visited: string[] = [];
  const reported: string[] = [];
  const report = (node: MdastNode, advice: Advice) => reported.push(`${lineOf(node)}: ${advice.message}`);
  visitContainerChildren(container, allowed, EXPLAIN, report, (element) => visited.push(element.name));
  return { visited, reported };
}

describe('visitContainerChildren', () => {
  it('visits the allowed elements in written order and reports the rest where it stands', () => {
    const mdx = '<Scenario>\n  <Scene />\n  <Ending />\n\n  ## Heading\n\n  <Choice />\n  <Scene />\n</Scenario>\n';
    expect(visitFirst(mdx, ['Scene', 'Ending'])).toEqual({
      visited: ['Scene', 'Ending', 'Scene'],
      reported: ['5: stray heading in Scenario', '7: misplaced Choice in Scenario'],
    });
  });

  it('leaves unknown components to the lesson\'s component check, and skips comments and white space', () => {
    expect(visitFirst('<Quiz>\n  {/* later */}\n  <MyWidget />\n</Quiz>\n', [])).toEqual({ visited: [], reported: [] });
  });
});
