import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startTreeMemorySampler, type TreeMemoryPeak } from './process-tree-memory.ts';
import { stripVTControlCharacters } from 'node:util';

export interface AstroBuildOptions {
  projectRoot: string;
  coursesDir: string;
  outDir: string;
  /** Astro's cache folder for this build only (content store, Vite cache). */
  cacheDir: string;
  /** Where the build's own output (stdout and stderr) is saved. */
  logFile: string;
  /** Another Astro project to build instead of peerpath (the plain Astro + MDX baseline). */
  otherProjectRoot?: string;
}

export interface AstroBuildResult {
  exitCode: number;
  wallMs: number;
  memory: TreeMemoryPeak;
  /** "Maximum resident set size" from GNU time: the kernel's peak for the largest process. */
  timeMaxRssBytes?: number;
  /** CPU seconds the build used, from GNU time; with wall time, shows whether other work held it back. */
  cpuSeconds?: number;
  /** The larger of every peak measured; what the memory target is checked against. */
  peakBytes: number;
  /** Every output line with when it arrived, in ms since the build started. */
  lines: TimedLine[];
}

export interface TimedLine {
  atMs: number;
  text: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs the real `astro build` as a child process, timing it and watching its memory. */
export async function runAstroBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
  const astroCli = path.join(options.projectRoot, 'node_modules/astro/bin/astro.mjs');
  // Astro joins --config onto the project root, so it must be relative.
  const project = options.otherProjectRoot ? ['--root', options.otherProjectRoot] : ['--config', 'tests/bench/astro.bench.config.mjs'];
  const timeFile = `${options.logFile}.time`;
  const build = [process.execPath, astroCli, 'build', ...project, '--outDir', options.outDir];
  const withTime = existsSync(GNU_TIME);
  const [command, ...args] = withTime ? [GNU_TIME, '-v', '-o', timeFile, ...build] : build;

  const started = performance.now();
  const child = spawn(command as string, args, {
    cwd: options.projectRoot,
    env: {
      ...process.env,
      // The pinned Node first, for anything the build itself starts.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      PEERPATH_COURSES_DIR: options.coursesDir,
      PEERPATH_BENCH_CACHE_DIR: options.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = startTreeMemorySampler(child.pid ?? -1, 100);
  const log = createWriteStream(options.logFile);
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      log.write(chunk);
      const atMs = performance.now() - started;
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ atMs, text: stripColours(text) });
    });
    stream.on('end', () => {
      if (pending !== '') lines.push({ atMs: performance.now() - started, text: stripColours(pending) });
    });
  }

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  const memory = sampler.stop();
  await new Promise<void>((resolve) => log.end(resolve));

  const gnuTime = withTime ? readGnuTimeReport(timeFile) : {};
  const peakBytes = Math.max(memory.treeRssBytes, memory.largestProcessHwmBytes, gnuTime.timeMaxRssBytes ?? 0);
  return { exitCode, wallMs, memory, ...gnuTime, peakBytes, lines };
}

function readGnuTimeReport(file: string): Pick<AstroBuildResult, 'timeMaxRssBytes' | 'cpuSeconds'> {
  let report: string;
  try {
    report = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const number = (label: string) => {
    const value = new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const maxRssKb = number('Maximum resident set size \\(kbytes\\)');
  const user = number('User time \\(seconds\\)');
  const system = number('System time \\(seconds\\)');
  return {
    timeMaxRssBytes: maxRssKb === undefined ? undefined : maxRssKb * 1024,
    cpuSeconds: user === undefined || system === undefined ? undefined : user + system,
  };
}

// Astro colours its output even when asked not to in some terminals; the log parser wants plain text.
function stripColours(text: string): string {
  return stripVTControlCharacters(text);
}
