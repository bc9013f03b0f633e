import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemoryPeak {
  /** Largest sum of resident memory over the whole process tree, seen at one sample. */
  treeRssBytes: number;
  /** When that sample was taken, in ms after the sampler started. */
  treePeakAtMs: number;
  /** Largest kernel high-water mark (VmHWM) of any single process in the tree. */
  largestProcessHwmBytes: number;
  samples: number;
}

export interface TreeMemorySampler {
  stop(): TreeMemoryPeak;
}

/**
 * Samples /proc every `intervalMs` for `rootPid` and all its descendants. The tree sum can miss a
 * spike between samples; VmHWM cannot, but covers one process only, so both are kept.
 * On systems without /proc it reports zeros.
 */
export function startTreeMemorySampler(rootPid: number, intervalMs = 50): TreeMemorySampler {
  const started = performance.now();
  const peak: TreeMemoryPeak = { treeRssBytes: 0, treePeakAtMs: 0, largestProcessHwmBytes: 0, samples: 0 };
  const sample = () => {
    let sum = 0;
    for (const pid of listTree(rootPid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      peak.largestProcessHwmBytes = Math.max(peak.largestProcessHwmBytes, status.hwm);
    }
    if (sum > peak.treeRssBytes) {
      peak.treeRssBytes = sum;
      peak.treePeakAtMs = performance.now() - started;
    }
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { ...peak };
    },
  };
}

function listTree(rootPid: number): number[] {
  const parentOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = readParent(Number(entry));
    if (parent !== undefined) parentOf.set(Number(entry), parent);
  }
  const tree = [rootPid];
  // Parents come before children in the result, so one pass per level finds every descendant.
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

function readParent(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces or parentheses.
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(afterName[1]);
  } catch {
    return undefined;
  }
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return undefined;
  }
}
