import { isUnknownComponent } from '../mdx-elements/known-components';
import { isCommentExpression, isJsxElement, type JsxElementNode, type MdastNode } from '../mdx-elements/mdast-node';
import { explainMisplacedScenarioElement, explainStrayScenarioContent } from './scenario-element-placement';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

// Phrasing content that reads as part of a paragraph; marks and links are flattened to their text.
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'mdxTextExpression', 'mdxFlowExpression']);

export interface StoryVisitor {
  /** A run of inline content: one narrative paragraph. */
  paragraph: (nodes: MdastNode[]) => void;
  /** An element the container may hold, in written order among the paragraphs. */
  element: (element: JsxElementNode) => void;
}

/**
 * Walks a `<Scene>` or `<Ending>` in written order. MDX puts an element written on the line after
 * some text inside that text's paragraph (`Text\n<Line …>`), so paragraphs are split around the
 * elements in them; text, marks and lowercase HTML elements are narrative. Anything else (headings,
 * lists, images, other components) is reported: a scenario shows plain paragraphs only.
 */
export function walkStory(
  container: JsxElementNode,
  allowed: readonly string[],
  context: ScenarioReadContext,
  entry: string | undefined,
  visitor: StoryVisitor,
): void {
  let pending: MdastNode[] = [];
  const flush = () => {
    if (pending.length > 0) visitor.paragraph(pending);
    pending = [];
  };
  const take = (node: MdastNode): void => {
    if (isJsxElement(node) && /^[A-Z]/.test(node.name)) {
      // An unknown component is reported once, by the lesson's component check.
      if (isUnknownComponent(node.name)) return;
      flush();
      if (allowed.includes(node.name)) visitor.element(node);
      else reportAt(context, node, entry, explainMisplacedScenarioElement(node.name, container.name));
    } else if (isCommentExpression(node)) {
      return;
    } else if (INLINE.has(node.type) || isJsxElement(node)) {
      pending.push(node);
    } else if (node.type === 'paragraph') {
      flush();
      for (const child of node.children ?? []) take(child);
      flush();
    } else {
      flush();
      reportAt(context, node, entry, explainStrayScenarioContent(container.name, node));
    }
  };
  for (const child of container.children ?? []) take(child);
  flush();
}
