import { mdxToMdast } from 'satteri';
import type { JsxUse } from '../content/checks/check-mdx-components';
import type { MdastNode } from '../content/mdx-elements/mdast-node';
import { explainMdxSyntaxError } from './explain-mdx-syntax-error';
import { explainYamlError } from './explain-yaml-error';
import { loadYamlText } from './load-yaml-text';

export interface ParsedMdxSource {
  frontmatter: unknown;
  /** The YAML between the `---` lines, for finding field lines; undefined when there is no frontmatter. */
  frontmatterText?: string;
  /** Components and HTML elements the lesson uses, with file lines. */
  jsxUses: JsxUse[];
  /** The whole file parsed (positions are file lines); undefined when the MDX cannot be parsed. */
  tree?: MdastNode;
  /** Why the MDX cannot be parsed, and what to do. */
  syntaxError?: { message: string; hint: string; line?: number };
  /** Why the frontmatter could not be read at all, and what to do. */
  frontmatterError?: { message: string; hint: string; line?: number };
}

// The closing `---` may follow the opening one directly: an empty frontmatter is still frontmatter.
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

const NO_FRONTMATTER_HINT =
  'Start the file with a `---` line, then `id`, `title`, `objectives` and `estimatedMinutes`, one per line, then another `---` line.';

export function parseMdxSource(source: string): ParsedMdxSource {
  const parsed: ParsedMdxSource = { frontmatter: undefined, jsxUses: [] };
  const match = FRONTMATTER.exec(source);
  if (!match) {
    parsed.frontmatterError = /^---[ \t]*\r?\n/.test(source)
      ? { line: 1, message: 'The frontmatter has no closing `---` line.', hint: 'Add a line with only `---` after the last frontmatter field.' }
      : { line: 1, message: 'The file has no frontmatter (the block between `---` lines at the very top).', hint: NO_FRONTMATTER_HINT };
  } else {
    parsed.frontmatterText = match[1] ?? '';
    try {
      parsed.frontmatter = loadYamlText(parsed.frontmatterText);
    } catch (error) {
      // The YAML starts on line 2, after the opening `---`.
      parsed.frontmatterError = explainYamlError(error, parsed.frontmatterText, 'The frontmatter', 2);
    }
  }

  try {
    // Parsing the whole file (satteri understands frontmatter) keeps every position a file line.
    parsed.tree = mdxToMdast(source) as MdastNode;
    collectJsx(parsed.tree, parsed.jsxUses);
  } catch (error) {
    parsed.syntaxError = explainMdxSyntaxError(error instanceof Error ? error.message : String(error));
  }
  return parsed;
}

function collectJsx(node: MdastNode, into: JsxUse[]): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    into.push({ name: node.name, line: node.position?.start.line });
  }
  for (const child of node.children ?? []) collectJsx(child, into);
}
