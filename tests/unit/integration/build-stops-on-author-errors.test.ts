import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const fixture = 'tests/fixtures/broken/several-problems';
// Its own output folder, so this build can never clobber dist/.
const outDir = mkdtempSync(path.join(tmpdir(), 'peerpath-broken-build-'));

function runAstroBuild(): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, PEERPATH_COURSES_DIR: fixture, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

describe('astro build with broken courses', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('stops before building anything and names every file, line and fix in one error', { timeout: 60_000 }, async () => {
    const { exitCode, output } = await runAstroBuild();

    expect(exitCode).not.toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(output.match(/The courses have \d+ problems/g)).toEqual(['The courses have 6 problems']);
    const expected = [
      [`${fixture}/alpha/course.yaml:4 (course "alpha")`, 'Fix: Did you mean `en`? Write `language: en`.'],
      [`${fixture}/alpha/lessons/welcome.mdx (lesson "welcome")`, 'Fix: Add `estimatedMinutes:` followed by a whole number.'],
      [`${fixture}/alpha/lessons/welcome.mdx:4 (lesson "welcome")`, 'Fix: Did you mean `objectives`? Rename it, or delete the line.'],
      [`${fixture}/beta/course.yaml:27 (module "first-steps")`, 'or remove "closing-thoughts" from `lessons`.'],
      [`${fixture}/beta/lessons/listening.mdx:11 (lesson "listening")`, 'Fix: Use one of the components peerpath provides'],
      [`${fixture}/beta/lessons/welcome.mdx:9 (lesson "welcome")`, 'Fix: To show a "<" in the text, write `\\<`'],
    ];
    for (const [where, fix] of expected) {
      expect(output).toContain(where);
      expect(output).toContain(fix);
    }
  });
});
