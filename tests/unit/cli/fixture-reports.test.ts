import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runPeerpath } from './run-cli';

// Every deliberately broken fixture holds, beside its course folders, `expected-check.txt`: the exact
// report `peerpath check` gives for it (and, word for word, what `npm run build` and the live preview
// show). Only the time taken is left out.
const brokenDir = path.join(projectRoot, 'tests/fixtures/broken');
const cases = readdirSync(brokenDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

const withoutTime = (report: string) => report.replace(/ in \d+(\.\d+)? s: /, ' in … s: ');

describe('peerpath check on every broken fixture', () => {
  it('has at least 40 of them, one per class of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    it(name, async () => {
      const run = await runPeerpath(['check'], path.join(brokenDir, name));
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe('');
      expect(withoutTime(run.stdout)).toBe(readFileSync(path.join(brokenDir, name, 'expected-check.txt'), 'utf8').trimEnd());
    });
  }
});
