import { describe, expect, it } from 'vitest';
import { summariseBuildLog } from '../../bench/summarise-build-log';

// Lines as Astro and src/integration/write-build-outputs.ts print them.
const buildLines = [
  { atMs: 900, text: '12:00:01 [build] Building static entrypoints...' },
  { atMs: 8000, text: '12:00:08 [build] ✓ Completed in 6.10s.' },
  { atMs: 8300, text: '12:00:08 [peerpath] Relative URLs: 46 pages, 2 style sheets' },
  { atMs: 8400, text: '12:00:08 [peerpath] Search: course-a: 120 sections from 20 lessons (310 kB, 412 ms)' },
  { atMs: 9100, text: '12:00:09 [peerpath] Search: course-b: 98 sections from 20 lessons (290 kB, 588 ms)' },
  { atMs: 9500, text: '12:00:09 [peerpath] SCORM 1.2: scorm/course-a-1.0.0-scorm12.zip (60 files, 400 kB)' },
  { atMs: 9800, text: '12:00:09 [peerpath] SCORM 2004: scorm/course-b-1.0.0-scorm2004.zip (60 files, 400 kB)' },
  { atMs: 9850, text: '12:00:09 [peerpath] peerpath built 2 courses and 40 lessons in 9.8 s:' },
  { atMs: 9850, text: '  search: 218 sections in 2 indexes' },
  { atMs: 9900, text: '12:00:09 [build] 46 page(s) built in 9.9s' },
  { atMs: 9900, text: '12:00:09 [build] Complete!' },
];

describe('summariseBuildLog', () => {
  it('takes the pages as done at the last line before peerpath\'s post-build output', () => {
    const phases = summariseBuildLog(buildLines, 10_000);
    expect(phases.pagesMs).toBe(8000);
    expect(phases.afterPagesMs).toBe(2000);
  });

  it('adds up the per-course search timings the build prints', () => {
    expect(summariseBuildLog(buildLines, 10_000).searchIndexMs).toBe(1000);
  });

  it('times URL rewriting and packaging from when their lines arrived', () => {
    const phases = summariseBuildLog(buildLines, 10_000);
    expect(phases.relativeUrlsMs).toBe(300);
    expect(phases.packagingMs).toBe(700);
  });

  it('reads search timings given in seconds', () => {
    const line = { atMs: 1, text: '[peerpath] Search: big: 9000 sections from 900 lessons (9 MB, 1.5 s)' };
    expect(summariseBuildLog([line], 10).searchIndexMs).toBe(1500);
  });

  it('leaves out what the log does not show', () => {
    expect(summariseBuildLog([{ atMs: 5, text: 'something else' }], 10)).toEqual({});
  });
});
