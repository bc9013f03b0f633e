import { formatBytes, formatCount, formatMs, formatTable } from './format-units.ts';
import type { ScormPackageFigures } from './measure-scorm-packages.ts';
import type { Latency, SearchIndexFigures } from './measure-search-index.ts';
import type { AstroBuildResult } from './run-astro-build.ts';
import type { BuildPhases } from './summarise-build-log.ts';

export interface SizeResult {
  /** 1-minute load average just before the build: above the core count, other work slowed it. */
  loadBefore: number;
  lessons: number;
  courses: number;
  wordsPerLesson: number;
  build: AstroBuildResult;
  phases: BuildPhases;
  search?: SearchIndexFigures;
  /** Total time to build every course's index, and where the figure comes from. */
  searchIndexBuild?: { ms: number; source: 'build log' };
  scorm?: ScormPackageFigures;
}

export const calculateLessonsPerSecond = (result: SizeResult) => result.lessons / (result.build.wallMs / 1000);

/** One column per curriculum size, one row per figure. */
export function formatResultsTable(results: readonly SizeResult[]): string {
  const row = (label: string, cell: (result: SizeResult) => string) => [label, ...results.map(cell)];
  const orNone = <T>(value: T | undefined, show: (value: T) => string) => (value === undefined ? '–' : show(value));
  const latency = (pick: (search: SearchIndexFigures) => Latency) => (r: SizeResult) =>
    orNone(r.search, (s) => `${formatMs(pick(s).medianMs)} / ${formatMs(pick(s).p95Ms)}`);
  const perLesson = (bytes: (search: SearchIndexFigures) => number) => (r: SizeResult) =>
    orNone(r.search, (s) => `${formatBytes(bytes(s))} (${formatBytes(bytes(s) / r.lessons)}/lesson)`);

  return formatTable([
    row('Curriculum', (r) => `${formatCount(r.lessons)} lessons`),
    row('  courses; words per lesson', (r) => `${r.courses}; ${Math.round(r.wordsPerLesson)}`),
    row('Full build (astro build, cold cache)', (r) => formatMs(r.build.wallMs)),
    row('  until pages built (Astro)', (r) => orNone(r.phases.pagesMs, formatMs)),
    row('  after pages: search, URLs, packaging', (r) => orNone(r.phases.afterPagesMs, formatMs)),
    row('    search indexes, all courses', (r) => orNone(r.searchIndexBuild, (b) => `${formatMs(b.ms)} (${b.source})`)),
    row('    relative URLs', (r) => orNone(r.phases.relativeUrlsMs, formatMs)),
    row('    SCORM packaging', (r) => orNone(r.phases.packagingMs, formatMs)),
    row('  CPU time; average cores busy', (r) =>
      orNone(r.build.cpuSeconds, (cpu) => `${cpu.toFixed(1)} s; ${(cpu / (r.build.wallMs / 1000)).toFixed(2)}`)),
    row('  load average before the build', (r) => r.loadBefore.toFixed(2)),
    row('Lessons per second, end to end', (r) => calculateLessonsPerSecond(r).toFixed(1)),
    row('Peak memory', (r) => formatBytes(r.build.peakBytes)),
    row('  largest process (GNU time)', (r) => orNone(r.build.timeMaxRssBytes, formatBytes)),
    row('  largest process (VmHWM)', (r) => formatBytes(r.build.memory.largestProcessHwmBytes)),
    row('  whole tree (sampled)', (r) => formatBytes(r.build.memory.treeRssBytes)),
    row('  whole tree peaked at', (r) => `${formatMs(r.build.memory.treePeakAtMs)} (${namePhaseAt(r, r.build.memory.treePeakAtMs)})`),
    row('Search index files; sections', (r) => orNone(r.search, (s) => `${s.files}; ${formatCount(s.documents)}`)),
    row('  raw', perLesson((s) => s.rawBytes)),
    row('  gzip -9', perLesson((s) => s.gzipBytes)),
    row('  brotli q11', perLesson((s) => s.brotliBytes)),
    row('  index load per course, median / max', (r) =>
      orNone(r.search, (s) => `${formatMs(s.loadMs.median)} / ${formatMs(s.loadMs.max)}`)),
    row('  query, one course, top 6: median / p95', latency((s) => s.oneCourse)),
    row('  query, all courses, top 6: median / p95', latency((s) => s.allCourses)),
    row('  query, all courses, every hit + snippet', latency((s) => s.searchPage)),
    row('  mean hits per query, one / all courses', (r) =>
      orNone(r.search, (s) => `${s.oneCourse.meanHits.toFixed(0)} / ${s.allCourses.meanHits.toFixed(0)}`)),
    row('SCORM zips', (r) => orNone(r.scorm, (z) => `${z.count}, ${formatBytes(z.totalBytes)} in all`)),
    row('  per zip, min / median / max', (r) =>
      orNone(r.scorm, (z) => `${formatBytes(z.minBytes)} / ${formatBytes(z.medianBytes)} / ${formatBytes(z.maxBytes)}`)),
  ]);
}

function namePhaseAt(result: SizeResult, atMs: number): string {
  const { pagesMs } = result.phases;
  if (pagesMs === undefined) return 'phase unknown';
  return atMs <= pagesMs ? 'pages' : 'after pages';
}

