import { describe, expect, it } from 'vitest';
import { formatComparison, formatGrowth, type MeasuredBuild } from '../../bench/format-growth';
import type { AstroBuildResult } from '../../bench/run-astro-build';

function createBuild(wallMs: number, peakBytes: number): AstroBuildResult {
  return {
    exitCode: 0,
    wallMs,
    memory: { treeRssBytes: peakBytes, treePeakAtMs: wallMs / 2, largestProcessHwmBytes: peakBytes, samples: 1 },
    peakBytes,
    lines: [],
  };
}

function createMeasured(lessons: number, pageBytes: number): MeasuredBuild {
  return {
    lessons,
    courses: Math.max(1, lessons / 1000),
    build: createBuild(lessons * 20, 4e8 + lessons * 1e5),
    site: { siteBytes: lessons * 40_000, files: lessons + 30, lessonPageMedianBytes: pageBytes, lessonPageMaxBytes: pageBytes + 2000 },
    scorm: { count: 2, totalBytes: lessons * 20_000, minBytes: lessons * 10_000, medianBytes: lessons * 10_000, maxBytes: lessons * 10_000 },
  };
}

describe('formatComparison', () => {
  it('compares the medians of interleaved builds, not their means or the first pair', () => {
    const report = formatComparison({
      lessons: 1000,
      peerpath: [createBuild(30_000, 1.1e9), createBuild(13_000, 1.2e9), createBuild(14_000, 1.0e9)],
      plain: [createBuild(10_000, 6e8), createBuild(11_000, 6e8), createBuild(12_000, 6e8)],
    });
    expect(report).toContain('ratio of medians ≤ 1.3×: met  1.27×');
    expect(report).toContain('peerpath peak memory ≤ 1.30 GB: met  1.20 GB');
    expect(report).toMatch(/median\s+14\.0 s\s+11\.0 s/);
  });

  it('says NOT MET past 1.3× or 1.3 GB', () => {
    const report = formatComparison({ lessons: 1000, peerpath: [createBuild(20_000, 1.4e9)], plain: [createBuild(10_000, 6e8)] });
    expect(report).toContain('ratio of medians ≤ 1.3×: NOT MET  2.00×');
    expect(report).toContain('peak memory ≤ 1.30 GB: NOT MET  1.40 GB');
  });
});

describe('formatGrowth', () => {
  it('checks the lesson page against its size in the small course and the 60 kB bound', () => {
    const grown = formatGrowth(createMeasured(60, 30_000), createMeasured(1000, 40_000), createMeasured(5000, 40_000));
    expect(grown).toContain('≤ 1.5× its size at 60: met  1.33×');
    expect(grown).toContain('lesson page ≤ 60.0 kB: met  42.0 kB at most');
    expect(grown).toMatch(/Site \(without zips\)\s+2\.4 MB \(40\.0 kB\/lesson\)\s+40\.0 MB \(40\.0 kB\/lesson\)\s+200\.0 MB \(40\.0 kB\/lesson\)/);
    const quadratic = formatGrowth(createMeasured(60, 30_000), createMeasured(1000, 318_000), createMeasured(5000, 318_000));
    expect(quadratic).toContain('NOT MET  10.60×');
    expect(quadratic).toContain('lesson page ≤ 60.0 kB: NOT MET  320.0 kB at most');
  });
});
