import { isCommentExpression, isJsxElement, type JsxElementNode, type MdastNode } from './mdast-node';

/** A place in the lesson file, 1-based. */
export interface SourcePlace {
  line?: number;
  column?: number;
}

export interface LessonReferences {
  /** Link targets, as written: `[text](target)`, `[text]: target` and `<a href>`. */
  links: (SourcePlace & { url: string })[];
  /** Image sources: `![alt](src)` and `<img src>`. */
  images: (SourcePlace & { url: string })[];
  /** What `import … from "…"` lines load. */
  imports: (SourcePlace & { specifier: string })[];
  /** `{…}` expressions in the text (not comments), as written. */
  expressions: (SourcePlace & { code: string })[];
  /** Names the lesson itself defines with `import` or `export`. */
  declaredNames: Set<string>;
  /** Every `<ContentNote>` in the text. */
  contentNotes: JsxElementNode[];
}

type PositionedNode = MdastNode & { position?: { start: { line: number; column?: number } }; url?: string };

/** One walk over the parsed lesson, collecting everything that points outside the text or runs as code. */
export function collectLessonReferences(tree: MdastNode): LessonReferences {
  const found: LessonReferences = { links: [], images: [], imports: [], expressions: [], declaredNames: new Set(), contentNotes: [] };
  visit(tree, found);
  return found;
}

function visit(node: PositionedNode, found: LessonReferences): void {
  const place = { line: node.position?.start.line, column: node.position?.start.column };
  if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') found.links.push({ ...place, url: node.url });
  if (node.type === 'image' && typeof node.url === 'string') found.images.push({ ...place, url: node.url });
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentExpression(node)) {
    found.expressions.push({ ...place, code: node.value ?? '' });
  }
  if (node.type === 'mdxjsEsm') readEsm(node.value ?? '', place, found);
  if (isJsxElement(node)) {
    if (node.name === 'ContentNote') found.contentNotes.push(node);
    const source = textAttribute(node, node.name === 'img' ? 'src' : node.name === 'a' ? 'href' : '');
    if (source !== undefined) (node.name === 'img' ? found.images : found.links).push({ ...place, url: source });
  }
  for (const child of node.children ?? []) visit(child, found);
}

function textAttribute(element: JsxElementNode, name: string): string | undefined {
  const value = element.attributes?.find((attribute) => attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Imports and exports, line by line: the names they define and the files they load. */
function readEsm(code: string, start: SourcePlace, found: LessonReferences): void {
  code.split('\n').forEach((text, index) => {
    const line = (start.line ?? 1) + index;
    const specifier = /^\s*import\b[^'"]*['"]([^'"]+)['"]/.exec(text);
    if (specifier?.[1]) found.imports.push({ line, column: text.indexOf(specifier[1]) + 1, specifier: specifier[1] });
    const clause = /^\s*import\s+([^'"]+?)\s+from\b/.exec(text)?.[1] ?? '';
    for (const name of clause.replace(/[{}]/g, ',').split(',')) {
      const local = name.trim().split(/\s+as\s+|\s+/).pop();
      if (local && local !== '*') found.declaredNames.add(local);
    }
    const exported = /^\s*export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/.exec(text)?.[1];
    if (exported) found.declaredNames.add(exported);
  });
}
