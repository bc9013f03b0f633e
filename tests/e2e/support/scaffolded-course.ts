import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repositoryRoot } from './built-site';

const run = promisify(execFile);
const peerpathBin = path.join(repositoryRoot, 'src/cli/peerpath.mjs');

/** A course made with `peerpath new course` and `peerpath new quiz`, built on its own into a scratch folder. */
export interface ScaffoldedCourse {
  id: string;
  lessonId: string;
  quizId: string;
  /** The quiz's single-choice question, and the id of its right option. */
  choiceId: string;
  rightOptionId: string;
  outDir: string;
}

function peerpath(args: string[], coursesDir: string) {
  return run(process.execPath, [peerpathBin, ...args], { cwd: repositoryRoot, env: { ...process.env, PEERPATH_COURSES_DIR: coursesDir } });
}

/** Scaffolds a course with a counted quiz, as the README's "Writing a course" starts, and builds the site from it alone. */
export async function scaffoldAndBuildCourse(id: string): Promise<ScaffoldedCourse> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'peerpath-scaffolded-'));
  const coursesDir = path.join(scratch, 'courses');
  await peerpath(['new', 'course', id, '--lang', 'en'], coursesDir);
  const lessonFile = readdirSync(path.join(coursesDir, id), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith('.mdx'));
  if (!lessonFile) throw new Error(`peerpath new course made no lesson in ${coursesDir}`);
  const lessonId = path.basename(lessonFile, '.mdx').replace(/^\d+-/, '');
  await peerpath(['new', 'quiz', id, lessonId, '--counts'], coursesDir);
  const source = readFileSync(path.join(coursesDir, id, lessonFile), 'utf8');
  const found = (pattern: RegExp, what: string) => {
    const value = pattern.exec(source)?.[1];
    if (value === undefined) throw new Error(`The scaffolded lesson has no ${what}:\n${source}`);
    return value;
  };
  const outDir = path.join(scratch, 'out');
  // The bench's config: the project's own, with a private cache so this build shares no content store with others.
  await run(process.execPath, [path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'tests/bench/astro.bench.config.mjs', '--outDir', outDir], {
    cwd: repositoryRoot,
    env: { ...process.env, PEERPATH_COURSES_DIR: coursesDir, PEERPATH_BENCH_CACHE_DIR: path.join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    maxBuffer: 64 << 20,
  });
  return {
    id,
    lessonId,
    quizId: found(/<Quiz id="([^"]+)"/, 'quiz'),
    choiceId: found(/<SingleChoice id="([^"]+)"/, 'single-choice question'),
    rightOptionId: found(/<Option id="([^"]+)" correct/, 'right option'),
    outDir,
  };
}

/** `peerpath preview-lms` running on a free port: the preview's address (path and query) and a way to stop it. */
export async function startPreviewCommand(args: string[]): Promise<{ address: URL; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [peerpathBin, 'preview-lms', ...args, '--port', '0'], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const address = await new Promise<URL>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(output)?.[0];
      if (url) resolve(new URL(url));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`peerpath preview-lms exited (${code}) before printing an address:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { address, stop };
}
