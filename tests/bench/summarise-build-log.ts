import type { TimedLine } from './run-astro-build.ts';

export interface BuildPhases {
  /** From start until the pages are written: config, content, bundling, rendering. */
  pagesMs?: number;
  /** After the pages: peerpath's post-build steps (search index, URL rewriting, packaging) and Astro's wrap-up. */
  afterPagesMs?: number;
  /** Sum of the per-course search index timings the build printed. */
  searchIndexMs?: number;
  /** From the pages being done to the line reporting relative URLs (one pass that also reads every page). */
  relativeUrlsMs?: number;
  /** From the last search line to the last SCORM package line. */
  packagingMs?: number;
}

// As src/integration/write-build-outputs.ts prints them, e.g.
// "[peerpath] Search: my-course: 120 sections from 20 lessons (310 kB, 412 ms)"
const SEARCH_TIMING = /\bSearch: .*?\b(\d+(?:\.\d+)?)\s*(ms|s)\)?\s*$/i;
const RELATIVE_URLS = /\bRelative URLs:/;
const SCORM_PACKAGE = /\bSCORM (1\.2|2004):/;

/** Reads the phases of a build from its output lines and when they arrived. */
export function summariseBuildLog(lines: readonly TimedLine[], wallMs: number): BuildPhases {
  const phases: BuildPhases = {};
  // Astro 7 prints "page(s) built" only after the build:done hooks, so the pages are taken as done
  // when the last line before peerpath's first post-build line arrived.
  const firstOwn = lines.findIndex((line) => [SEARCH_TIMING, RELATIVE_URLS, SCORM_PACKAGE].some((re) => re.test(line.text)));
  const pagesDone = firstOwn > 0 ? lines[firstOwn - 1] : undefined;
  if (pagesDone) {
    phases.pagesMs = pagesDone.atMs;
    phases.afterPagesMs = wallMs - pagesDone.atMs;
  }
  let lastSearch: TimedLine | undefined;
  for (const line of lines) {
    const match = SEARCH_TIMING.exec(line.text);
    if (!match) continue;
    const amount = Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1);
    phases.searchIndexMs = (phases.searchIndexMs ?? 0) + amount;
    lastSearch = line;
  }
  const relativeUrls = lines.find((line) => RELATIVE_URLS.test(line.text));
  const lastPackage = lines.findLast((line) => SCORM_PACKAGE.test(line.text));
  // The build rewrites URLs first (reading every page once for search and packages), then writes the
  // search indexes, then packages.
  if (relativeUrls && pagesDone) phases.relativeUrlsMs = relativeUrls.atMs - pagesDone.atMs;
  const packagingStart = lastSearch ?? relativeUrls;
  if (packagingStart && lastPackage) phases.packagingMs = lastPackage.atMs - packagingStart.atMs;
  return phases;
}
