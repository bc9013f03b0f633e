import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The house style keeps node-only build code, pure core logic and browser code apart. The lint
// config (.ci/eslint.config.js, run by `npm run lint`) is what enforces it; this proves its room
// rules are there and catch what they are meant to, so a stray `node:` import fails the gate
// instead of a learner's browser.
const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({
  cwd: repositoryRoot,
  overrideConfigFile: path.join(repositoryRoot, '.ci/eslint.config.js'),
  // The probes below are not files of the TypeScript project; the room rules need no types.
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
});

const roomRuleIds = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

/** What the room rules say about `code` if it were the file `file` (relative to the repository). */
async function roomProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && roomRuleIds.has(message.ruleId))
    .map((message) => message.message);
}

describe('code rooms', () => {
  it.each([
    ['src/runtime/scorm/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/runtime/probe.ts', "import path from 'path';"],
    ['src/runtime/scorm/probe.ts', "import { writeBuildOutputs } from '../../integration/write-build-outputs';"],
    ['src/runtime/probe.ts', "import { collections } from '../content/collections';"],
    ['src/islands/quiz/Probe.tsx', "import { Worker } from 'node:worker_threads';"],
    ['src/islands/Probe.tsx', "import { getCollection } from 'astro:content';"],
    ['src/islands/Probe.tsx', "export { listFiles } from '../integration/list-files';"],
    ['src/runtime/search/probe.ts', "const load = () => import('node:fs');"],
  ])('keeps browser code in %s free of node-only and build imports: %s', async (file, code) => {
    expect(await roomProblems(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/core/quiz/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/core/probe.ts', "import type { AstroIntegration } from 'astro';"],
    ['src/core/probe.ts', "import { courseData } from 'virtual:peerpath/courses';"],
    ['src/core/scorm/probe.ts', "import { findLmsApi } from '../../runtime/scorm/find-lms-api';"],
    ['src/core/search/probe.ts', "import { ScenarioPlayer } from '../../islands/ScenarioPlayer';"],
    ['src/core/probe.ts', "const probe = () => import('../integration/list-files');"],
    ['src/core/probe.ts', 'export const address = window.location.href;'],
    ['src/core/quiz/probe.ts', "export const saved = localStorage.getItem('x');"],
  ])('keeps core pure in %s: %s', async (file, code) => {
    expect(await roomProblems(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/core/quiz/probe.ts', "import { formatScore } from '../scorm/score';"],
    ['src/runtime/scorm/probe.ts', "import { formatScore } from '../../core/scorm/score';"],
    ['src/islands/quiz/Probe.tsx', "import { useState } from 'react';\nimport { readQuizSession } from '../../runtime/quiz/quiz-session';"],
    ['src/integration/probe.ts', "import { readFileSync } from 'node:fs';\nimport { formatScore } from '../core/scorm/score';"],
  ])('lets %s import what its room may: %s', async (file, code) => {
    expect(await roomProblems(file, code)).toEqual([]);
  });
});
