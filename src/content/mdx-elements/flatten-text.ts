import { isCommentExpression, type MdastNode } from './mdast-node';

export interface FlatText {
  /** The text with inline marks dropped and runs of white space made one space. */
  text: string;
  /** Expressions in the text that are not plain values, as written (without braces). */
  code: string[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'code', 'tableCell']);

/** The plain text inside a node: option text, choice text, narrative paragraphs and the like are text only. */
export function flattenText(node: MdastNode): FlatText {
  const parts: string[] = [];
  const code: string[] = [];
  collect(node, parts, code);
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), code };
}

function collect(node: MdastNode, parts: string[], code: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value ?? '');
  else if (node.type === 'break') parts.push(' ');
  else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    if (!isCommentExpression(node)) {
      const literal = readLiteral(node.value ?? '');
      if (literal === undefined) code.push(node.value ?? '');
      else parts.push(literal);
    }
  }
  for (const child of node.children ?? []) collect(child, parts, code);
  if (BLOCKS.has(node.type)) parts.push(' ');
}

/** `{"<"}` or `{3}`: a way to write characters MDX would otherwise read as syntax. */
function readLiteral(expression: string): string | undefined {
  try {
    const value: unknown = JSON.parse(expression);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}
