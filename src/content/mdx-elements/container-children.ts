import { flattenText } from './flatten-text';
import { isCommentExpression, isJsxElement, type JsxElementNode, type MdastNode } from './mdast-node';

export type ContainerChild = { element: JsxElementNode } | { content: MdastNode };

/**
 * The children of a container element (a quiz, a scenario) that matter: elements, and any other
 * content (which it would not show). Paragraphs are looked through, because MDX wraps elements
 * written on one line in one; white space and `{/* comments *\/}` are left out.
 */
export function listContainerChildren(node: MdastNode): ContainerChild[] {
  const children: ContainerChild[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'paragraph') children.push(...listContainerChildren(child));
    else if (isJsxElement(child)) children.push({ element: child });
    else if (isCommentExpression(child)) continue;
    else if (child.type === 'text' && (child.value ?? '').trim() === '') continue;
    else children.push({ content: child });
  }
  return children;
}

const CONTENT_NAMES: Record<string, string> = {
  heading: 'a heading',
  list: 'a list',
  code: 'a code block',
  table: 'a table',
  image: 'an image',
  thematicBreak: 'a `---` line',
  blockquote: 'a quote',
  html: 'HTML',
};

/** Content shown back to its author: `the text "Pick one:"`, `a heading`. */
export function describeContent(node: MdastNode): string {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return `the expression \`{${node.value ?? ''}}\``;
  const named = CONTENT_NAMES[node.type];
  if (named) return named;
  const { text } = flattenText(node);
  return text ? `the text "${text.length > 40 ? `${text.slice(0, 37)}…` : text}"` : 'content';
}
