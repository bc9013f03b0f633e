import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/content/checks/problem';
import { readCourseSources } from '../../../src/integration/read-course-sources';
import { projectRoot, runPeerpath } from './run-cli';

const fixture = (name: string) => path.join(projectRoot, 'tests/fixtures', name);
const NODE_22 = path.join(projectRoot, 'node_modules/.bin/node');
const BIN = path.join(projectRoot, 'src/cli/peerpath.mjs');

describe('peerpath check', () => {
  it('prints exactly what the build prints for the same courses, and exits 1', async () => {
    const coursesDir = fixture('broken/several-problems');
    const { problems } = readCourseSources(coursesDir, projectRoot);
    const run = await runPeerpath(['check'], coursesDir);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(formatProblems(problems));
    expect(run.stdout).toMatch(new RegExp(`Checked 1 course and 2 lessons in [\\d.]+ s: ${problems.length} problems\\.$`));
  });

  it('exits 0 on courses without problems', async () => {
    const run = await runPeerpath(['check'], fixture('valid'));
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Checked 1 course and 4 lessons in [\d.]+ s: no problems\.$/);
  });

  it('checks one course, by id or folder, and still reports problems across courses that concern it', async () => {
    const coursesDir = fixture('broken/several-problems');
    const all = readCourseSources(coursesDir, projectRoot).problems;
    const alpha = await runPeerpath(['check', 'alpha'], coursesDir);
    const inAlpha = all.filter((problem) => problem.file.includes('/alpha/'));
    expect(inAlpha.length).toBeGreaterThan(0);
    expect(inAlpha.length).toBeLessThan(all.length);
    expect(alpha.stdout).toContain(formatProblems(inAlpha));
    const byId = await runPeerpath(['check', 'tiny-course'], fixture('valid'));
    expect(byId.stdout).toMatch(/^Checked 1 course and 4 lessons/);
  });

  it('says which courses exist when asked for one that does not, with exit code 2', async () => {
    const run = await runPeerpath(['check', 'nope'], fixture('valid'));
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('There is no course "nope" in tests/fixtures/valid/ (courses: tiny-course).');
  });

  it('gives editors every problem as JSON, with the same words', async () => {
    const coursesDir = fixture('broken/module-points-at-missing-lesson');
    const { problems } = readCourseSources(coursesDir, projectRoot);
    const run = await runPeerpath(['check', '--json'], coursesDir);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; problems: unknown[]; warnings: unknown[]; courses: string[]; lessons: number };
    expect(report).toMatchObject({ ok: false, problems, warnings: [], courses: ['mini'], lessons: 2 });
  });
});

describe('the peerpath command (src/cli/peerpath.mjs, as `npx peerpath` runs it)', () => {
  it('runs on the pinned Node 22 and checks a course folder', () => {
    const result = spawnSync(NODE_22, [BIN, 'check', '--json'], {
      cwd: projectRoot,
      env: { ...process.env, PEERPATH_COURSES_DIR: fixture('valid') },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, courses: ['tiny-course'], lessons: 4, problems: [] });
  });

  it('checks again on every save with --watch', { timeout: 60_000 }, async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'peerpath-watch-'));
    cpSync(fixture('valid'), scratch, { recursive: true });
    const child = spawn(NODE_22, [BIN, 'check', '--watch'], { cwd: projectRoot, env: { ...process.env, PEERPATH_COURSES_DIR: scratch } });
    let output = '';
    // One listener for the whole run, so nothing printed between two waits is missed.
    const waiting: (() => void)[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      waiting.splice(0).forEach((check) => check());
    });
    const waitFor = (pattern: RegExp) => new Promise<void>((resolve, reject) => {
      const check = () => (pattern.test(output) ? resolve() : waiting.push(check));
      child.once('exit', () => reject(new Error(`peerpath check --watch stopped:\n${output}`)));
      check();
    });
    try {
      await waitFor(/no problems\./);
      const lesson = path.join(scratch, 'tiny-course/lessons/welcome.mdx');
      const broken = readFileSync(lesson, 'utf8').replace(/^estimatedMinutes: .*$/m, 'estimatedMinutes: soon');
      writeFileSync(lesson, broken);
      // On Linux, Node's recursive watch reaches subfolders asynchronously after it starts: under load the
      // first save can come before it watches there, so save again, as an author would, until it has seen one.
      const saveAgain = setInterval(() => writeFileSync(lesson, broken), 500);
      try {
        await waitFor(/checking again[\s\S]*1 problem\./);
      } finally {
        clearInterval(saveAgain);
      }
      expect(output).toMatch(/tiny-course\/lessons\/welcome.mdx:\d+:\d+ \(lesson "welcome"\)/);
    } finally {
      child.kill();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
