import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const outDirs: string[] = [];

// The courses are checked when Astro loads its content, after Vite has started: a failing build takes
// 25–30 s here when the two run side by side on an idle 2-core machine, so allow for a busy one.
/** Builds the fixture courses into an output folder of its own, so a build can never clobber dist/. */
function runAstroBuild(fixture: string): Promise<{ exitCode: number | null; output: string; outDir: string }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'peerpath-broken-build-'));
  outDirs.push(outDir);
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, PEERPATH_COURSES_DIR: fixture, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output: stripVTControlCharacters(output), outDir }));
  });
}

// One real build proves the build stops and prints the collected problems; what each problem says
// (quiz ones included) is pinned where it is made, in read-course-sources.test.ts and the checks' tests.
describe('astro build with broken courses', () => {
  afterAll(() => outDirs.forEach((outDir) => rmSync(outDir, { recursive: true, force: true })));

  it('stops before building anything and names every file, line and fix in one error', { timeout: 120_000 }, async () => {
    const fixture = 'tests/fixtures/broken/several-problems';
    const { exitCode, output, outDir } = await runAstroBuild(fixture);

    expect(exitCode).not.toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(output.match(/The courses have \d+ problems/g)).toEqual(['The courses have 6 problems']);
    expect(output).not.toContain('Stack trace');
    const expected = [
      [`${fixture}/alpha/course.yaml:4:1 (course "alpha")`, 'Fix: Did you mean `en`? Write `language: en`.'],
      [`${fixture}/alpha/lessons/welcome.mdx (lesson "welcome")`, 'Fix: Add `estimatedMinutes:` followed by a whole number.'],
      [`${fixture}/alpha/lessons/welcome.mdx:4:1 (lesson "welcome")`, 'Fix: Did you mean `objectives`? Rename it, or delete the line.'],
      [`${fixture}/beta/course.yaml:27:7 (module "first-steps")`, 'or remove "closing-thoughts" from `lessons`.'],
      [`${fixture}/beta/lessons/listening.mdx:11:1 (lesson "listening")`, 'Fix: Use one of the components peerpath provides'],
      [`${fixture}/beta/lessons/welcome.mdx:9:1 (lesson "welcome")`, 'Fix: To show a "<" in the text, write `\\<`'],
    ];
    for (const [where, fix] of expected) {
      expect(output).toContain(where);
      expect(output).toContain(fix);
    }
  });
});
