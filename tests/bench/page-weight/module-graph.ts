import { readFileSync } from 'node:fs';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

/** One built JavaScript file and the files it imports, split the way the browser fetches them. */
export interface ModuleNode {
  file: string;
  /** Fetched before this file runs. */
  staticImports: string[];
  /** Fetched only when the code calls `import()`. */
  dynamicImports: string[];
}

/**
 * Reads the import statements of built files in `root` (the real module graph the bundler wrote,
 * parsed with es-module-lexer, not guessed from names). Files are named by their path in `root`.
 */
export async function createModuleGraph(root: string): Promise<(file: string) => ModuleNode> {
  await init;
  const nodes = new Map<string, ModuleNode>();
  return (file) => {
    const known = nodes.get(file);
    if (known) return known;
    const source = readFileSync(path.join(root, file), 'utf8');
    const [imports] = parse(source, file);
    const resolve = (specifier: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    const relative = imports.filter((entry) => entry.n !== undefined && /^\.{1,2}\//.test(entry.n));
    const node: ModuleNode = {
      file,
      staticImports: relative.filter((entry) => entry.d === -1).map((entry) => resolve(entry.n ?? '')),
      dynamicImports: relative.filter((entry) => entry.d > -1).map((entry) => resolve(entry.n ?? '')),
    };
    nodes.set(file, node);
    return node;
  };
}

/** `entries` and everything they import statically, in the order first met. */
export function staticClosure(entries: readonly string[], readNode: (file: string) => ModuleNode): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of readNode(file).staticImports) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}
