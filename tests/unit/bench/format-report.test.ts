import { describe, expect, it } from 'vitest';
import { formatResultsTable, type SizeResult } from '../../bench/format-report';
import { formatBytes, formatMs } from '../../bench/format-units';

function createResult(lessons: number, wallMs: number, peakBytes: number): SizeResult {
  return {
    loadBefore: 0.1,
    lessons,
    courses: lessons / 50,
    wordsPerLesson: 750,
    build: {
      exitCode: 0,
      wallMs,
      memory: { treeRssBytes: peakBytes, treePeakAtMs: wallMs / 2, largestProcessHwmBytes: peakBytes, samples: 1 },
      peakBytes,
      lines: [],
    },
    phases: {},
  };
}

describe('formatResultsTable', () => {
  it('has one column per size and marks figures the run could not measure', () => {
    const lines = formatResultsTable([createResult(100, 2000, 5e8), createResult(1000, 16_000, 1.2e9)]).split('\n');
    expect(lines[0]).toMatch(/100 lessons\s+1 000 lessons$/);
    expect(lines.find((line) => line.startsWith('Lessons per second'))).toMatch(/50\.0\s+62\.5$/);
    expect(lines.find((line) => line.startsWith('SCORM zips'))).toMatch(/–\s+–$/);
  });
});

describe('formatResultsTable memory rows', () => {
  it('says whether memory peaked while pages were built or after', () => {
    const during = { ...createResult(100, 2000, 5e8), phases: { pagesMs: 1500 } };
    const after = { ...createResult(1000, 16_000, 1.2e9), phases: { pagesMs: 5000 } };
    const line = formatResultsTable([during, after]).split('\n').find((row) => row.includes('peaked at'));
    expect(line).toMatch(/1\.00 s \(pages\)\s+8\.00 s \(after pages\)$/);
  });
});

describe('units', () => {
  it('uses decimal units, so 1.3 GB is 1 300 000 000 bytes', () => {
    expect(formatBytes(1.3e9)).toBe('1.30 GB');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatMs(0.25)).toBe('0.25 ms');
    expect(formatMs(16_040)).toBe('16.0 s');
  });
});
