import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { repositoryRoot } from './built-site';

/** The problems `npx peerpath check` reports for a courses folder: its text report without the summary line. */
export async function checkReport(coursesDir: string): Promise<string> {
  const run = promisify(execFile);
  // Exit code 1 (problems found) rejects; the report is on stdout all the same.
  const result = await run(process.execPath, [path.join(repositoryRoot, 'src/cli/peerpath.mjs'), 'check'], {
    cwd: repositoryRoot,
    env: { ...process.env, PEERPATH_COURSES_DIR: coursesDir },
  }).catch((error: unknown) => {
    const stdout = (error as { stdout?: unknown }).stdout;
    return { stdout: typeof stdout === 'string' ? stdout : '' };
  });
  return result.stdout.split('\n').filter((line) => !line.startsWith('Checked ')).join('\n').trim();
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every line of `report` (a problem's place, what is wrong, the source line, the fix) appears in `shown`. */
export function expectSameText(shown: string, report: string): void {
  const lines = report.split('\n').map((line) => squeeze(line.replace(/^\s*Fix:\s*/, ''))).filter((line) => line !== '');
  expect(lines.length, 'peerpath check reports a problem').toBeGreaterThan(0);
  const missing = lines.filter((line) => !squeeze(shown).includes(line));
  expect(missing, `lines of the peerpath check report that the page does not show:\n${shown}`).toEqual([]);
}
