/** The parts of satteri's mdast tree the quiz and scenario readers look at. */
export interface MdastNode {
  type: string;
  /** Element name for JSX elements; null for fragments. */
  name?: string | null;
  /** Text of text, code and expression nodes. */
  value?: string;
  attributes?: JsxAttributeNode[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

export interface JsxAttributeNode {
  /** `mdxJsxExpressionAttribute` is a spread like `{...props}`. */
  type: string;
  name?: string;
  /** Text for `name="…"`, null for a bare `name`, an expression for `name={…}`. */
  value?: string | null | { type: string; value: string };
}

export interface JsxElementNode extends MdastNode {
  name: string;
}

export function isJsxElement(node: MdastNode): node is JsxElementNode {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string';
}

export function lineOf(node: MdastNode): number | undefined {
  return node.position?.start.line;
}

/** `{/* … *\/}`: an MDX comment, which renders nothing. */
export function isCommentExpression(node: MdastNode): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const code = (node.value ?? '').trim();
  return code === '' || /^\/\*[\s\S]*\*\/$/.test(code);
}
