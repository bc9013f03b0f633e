import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTION_KINDS } from '../../../src/core/quiz/question-kinds';
import { BUILT_IN_QUESTION_STATES } from '../../../src/core/quiz/question-state-kinds';

// Every lesson page runs course tracking, which saves quiz answers; only pages with a quiz show
// one. So tracking reaches each kind of question through its saved-state part alone
// (kinds/<kind>-state.ts), and the kinds' checking and rendering stay off reading pages.
const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const CODE_EXTENSIONS = ['.ts', '.tsx', '/index.ts'];
// Value imports and re-exports (not `import type`), static or with import().
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, ...CODE_EXTENSIONS.map((extension) => `${base}${extension}`)]) {
    try {
      if (readFileSync(candidate, 'utf8')) return candidate;
    } catch {
      // not this candidate
    }
  }
  throw new Error(`${path.relative(repositoryRoot, from)} imports "${specifier}", which is not a source file`);
}

/** Every source file `entry` loads, following relative value imports. */
function listLoadedFiles(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [path.join(repositoryRoot, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier !== undefined) queue.push(resolveImport(file, specifier));
    }
  }
  return [...seen].map((file) => path.relative(repositoryRoot, file));
}

describe('course tracking on a reading page', () => {
  it('loads each kind of question only through its saved-state part', () => {
    const loaded = listLoadedFiles('src/runtime/scorm/start-course-tracking.ts');
    expect(loaded).toContain('src/core/quiz/question-state-kinds.ts');
    const kindCode = loaded.filter((file) => file === 'src/core/quiz/question-kinds.ts' || /^src\/core\/quiz\/kinds\/(?!.*-state\.ts$|id-list\.ts$)/.test(file));
    expect(kindCode).toEqual([]);
  });

  it('has the saved-state part of every kind, in the same order, as the kinds themselves use', () => {
    expect(BUILT_IN_QUESTION_STATES.map((kind) => kind.name)).toEqual(BUILT_IN_QUESTION_KINDS.map((kind) => kind.name));
    for (const [index, kind] of BUILT_IN_QUESTION_KINDS.entries()) expect(kind.state).toBe(BUILT_IN_QUESTION_STATES[index]?.state);
  });
});
