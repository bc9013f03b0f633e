import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../../src/cli/main';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `peerpath …` in-process against `coursesDir`, capturing what it prints. */
export async function runPeerpath(args: string[], coursesDir: string, root = projectRoot): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
  const previous = process.env.PEERPATH_COURSES_DIR;
  process.env.PEERPATH_COURSES_DIR = coursesDir;
  try {
    const exitCode = await runCli(args, root);
    return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    if (previous === undefined) delete process.env.PEERPATH_COURSES_DIR;
    else process.env.PEERPATH_COURSES_DIR = previous;
  }
}

/** An empty project folder with a `courses/` folder, outside the repository. */
export function createScratchProject(): { root: string; coursesDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'peerpath-cli-'));
  return { root, coursesDir: path.join(root, 'courses') };
}
