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

// The two builds are independent, so they run side by side to keep the suite quick.
describe.concurrent('astro build with broken courses', () => {
  afterAll(() => outDirs.forEach((outDir) => rmSync(outDir, { recursive: true, force: true })));

  it('stops before building anything and names every file, line and fix in one error', { timeout: 120_000 }, async () => {
    const fixture = 'tests/fixtures/broken/several-problems';
    const { exitCode, output, outDir } = await runAstroBuild(fixture);

    expect(exitCode).not.toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(output.match(/The courses have \d+ problems/g)).toEqual(['The courses have 6 problems']);
    expect(output).not.toContain('Stack trace');
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

  it('stops on quiz problems too, listing them all in the same one error', { timeout: 120_000 }, async () => {
    const lessons = 'tests/fixtures/broken/quiz-several-problems/mini/lessons';
    const { exitCode, output, outDir } = await runAstroBuild('tests/fixtures/broken/quiz-several-problems');

    expect(exitCode).not.toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(output.match(/The courses have \d+ problems/g)).toEqual(['The courses have 8 problems']);
    const expected = [
      [`${lessons}/welcome.mdx:11 (quiz "welcome-check")`, 'Fix: Give each quiz in the course its own `id`'],
      [`${lessons}/welcome.mdx:12 (question "what-peer-support-is")`, 'Fix: Mark the right option with `correct`'],
      [`${lessons}/welcome.mdx:19 (bank "scenarios")`, 'Fix: Lower `draw` to 1 or fewer, or add questions to the bank.'],
      [`${lessons}/welcome.mdx:25 (lesson "welcome")`, 'Fix: Put it inside `<SingleChoice>` or `<MultipleResponse>`.'],
    ];
    for (const [where, fix] of expected) {
      expect(output).toContain(where);
      expect(output).toContain(fix);
    }
  });
});
