import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startTreeMemorySampler } from '../../bench/process-tree-memory';

describe('startTreeMemorySampler', () => {
  it('sees the memory of a grandchild process, not only the process it was given', async () => {
    // A shell that starts Node, which holds 200 MB for a moment: the sampler watches the shell.
    const hold = 'const b = Buffer.alloc(200e6, 1); setTimeout(() => b.length, 800);';
    const shell = spawn('/bin/sh', ['-c', `"${process.execPath}" -e '${hold}'; true`]);
    const sampler = startTreeMemorySampler(shell.pid ?? -1, 20);
    await new Promise((resolve) => shell.on('close', resolve));
    const peak = sampler.stop();

    expect(peak.samples).toBeGreaterThan(5);
    expect(peak.largestProcessHwmBytes).toBeGreaterThan(200e6);
    expect(peak.treeRssBytes).toBeGreaterThan(200e6);
    expect(peak.treePeakAtMs).toBeGreaterThan(0);
  });
});
