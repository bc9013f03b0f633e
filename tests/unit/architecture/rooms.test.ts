import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The house style keeps node-only build code, pure core logic and browser code apart; this test
// is what enforces it, so a stray `node:` import fails here instead of in a learner's browser.
const root = path.resolve(import.meta.dirname, '../../../src');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

function sourceFiles(room: string): string[] {
  // A room with no code yet (islands/ before the first React island) is not in git at all.
  if (!existsSync(path.join(root, room))) return [];
  return readdirSync(path.join(root, room), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? match[2] ?? match[3],
  );
}

function offenders(room: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(room).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${path.relative(root, file)} imports ${specifier}`),
  );
}

const reachesInto = (specifier: string, file: string, room: string) =>
  specifier.startsWith('.') && path.resolve(path.dirname(file), specifier).startsWith(path.join(root, room));

describe('code rooms', () => {
  it('keeps browser runtime and islands free of node-only imports and build code', () => {
    for (const room of ['runtime', 'islands']) {
      expect(offenders(room, (s, f) => nodeBuiltins.has(s) || reachesInto(s, f, 'integration'))).toEqual([]);
    }
  });

  it('keeps core pure: no node, astro, virtual or browser-runtime imports', () => {
    const forbidden = (s: string, f: string) =>
      nodeBuiltins.has(s) || s.startsWith('astro') || s.startsWith('virtual:') ||
      ['integration', 'runtime', 'islands', 'components'].some((room) => reachesInto(s, f, room));
    expect(offenders('core', forbidden)).toEqual([]);
  });

  it('keeps core free of DOM globals', () => {
    const usesDom = sourceFiles('core').filter((file) =>
      /\b(window|document|localStorage|sessionStorage|navigator)\./.test(readFileSync(file, 'utf8')),
    );
    expect(usesDom.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('sees the imports it is meant to police', () => {
    expect(importsOf(path.join(root, 'integration/index.ts'))).toContain('node:url');
  });
});
