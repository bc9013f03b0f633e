import { load as loadYaml } from 'js-yaml';
import { mdxToMdast } from 'satteri';
import type { JsxUse } from '../content/checks/check-mdx-components';

export interface ParsedMdxSource {
  frontmatter: unknown;
  /** Line (1-based) where the body starts, so body positions map back to the file. */
  bodyStartLine: number;
  body: string;
  jsxUses: JsxUse[];
  syntaxError?: { message: string; line?: number };
  frontmatterError?: { message: string; line?: number };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseMdxSource(source: string): ParsedMdxSource {
  const match = FRONTMATTER.exec(source);
  const rawFrontmatter = match?.[1];
  const body = match ? source.slice(match[0].length) : source;
  const bodyStartLine = match ? match[0].split('\n').length : 1;
  const parsed: ParsedMdxSource = { frontmatter: undefined, bodyStartLine, body, jsxUses: [] };

  if (rawFrontmatter === undefined) {
    parsed.frontmatterError = { message: 'has no frontmatter (the block between --- lines at the top)', line: 1 };
  } else {
    try {
      parsed.frontmatter = loadYaml(rawFrontmatter) ?? {};
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      parsed.frontmatterError = {
        message: `has frontmatter that is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
        line: mark ? mark.line + 2 : 1,
      };
    }
  }

  try {
    collectJsx(mdxToMdast(body) as MdastLike, bodyStartLine - 1, parsed.jsxUses);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(message);
    parsed.syntaxError = {
      message: message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, ''),
      line: position ? Number(position[1]) + bodyStartLine - 1 : undefined,
    };
  }
  return parsed;
}

interface MdastLike {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdastLike[];
}

function collectJsx(node: MdastLike, lineOffset: number, into: JsxUse[]): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
    const line = node.position?.start.line;
    into.push({ name: node.name, line: line === undefined ? undefined : line + lineOffset });
  }
  for (const child of node.children ?? []) collectJsx(child, lineOffset, into);
}
