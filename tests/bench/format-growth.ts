import { formatBytes, formatCount, formatMs, formatTable } from './format-units.ts';
import type { ScormPackageFigures } from './measure-scorm-packages.ts';
import type { SiteFigures } from './measure-site.ts';
import { percentile } from './percentile.ts';
import type { AstroBuildResult } from './run-astro-build.ts';

export const GROWTH_TARGETS = { ratio: 1.3, peakBytes: 1.3e9, pageGrowth: 1.5, pageBytes: 60_000 } as const;

export interface ComparedBuilds {
  lessons: number;
  peerpath: AstroBuildResult[];
  plain: AstroBuildResult[];
}

export interface MeasuredBuild {
  lessons: number;
  courses: number;
  build: AstroBuildResult;
  site: SiteFigures;
  scorm?: ScormPackageFigures;
}

const median = (builds: readonly AstroBuildResult[]) => percentile(builds.map((build) => build.wallMs), 50);
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

/** peerpath against plain Astro + MDX on the same lessons: every build, the medians and their ratio. */
export function formatComparison({ lessons, peerpath, plain }: ComparedBuilds): string {
  const ratio = median(peerpath) / median(plain);
  const peak = Math.max(...peerpath.map((build) => build.peakBytes));
  const rows = peerpath.map((build, index) => [
    `pair ${index + 1}`,
    formatMs(build.wallMs),
    plain[index] ? formatMs(plain[index].wallMs) : '–',
    formatBytes(build.peakBytes),
    plain[index] ? formatBytes(plain[index].peakBytes) : '–',
  ]);
  return [
    `peerpath against plain Astro + MDX, ${formatCount(lessons)} lessons in one course, builds interleaved`,
    formatTable([
      ['', 'peerpath', 'plain Astro', 'peerpath peak', 'plain peak'],
      ...rows,
      ['median', formatMs(median(peerpath)), formatMs(median(plain)), '', ''],
    ]),
    `  ratio of medians ≤ ${GROWTH_TARGETS.ratio}×: ${verdict(ratio <= GROWTH_TARGETS.ratio)}  ${ratio.toFixed(2)}×`,
    `  peerpath peak memory ≤ ${formatBytes(GROWTH_TARGETS.peakBytes)}: ${verdict(peak <= GROWTH_TARGETS.peakBytes)}  ${formatBytes(peak)}`,
  ].join('\n');
}

/** How page, site, zip, time and memory grow from one curriculum size to the next. */
export function formatGrowth(small: MeasuredBuild, compared: MeasuredBuild, large: MeasuredBuild): string {
  const builds = [small, compared, large];
  const row = (label: string, cell: (build: MeasuredBuild) => string) => [label, ...builds.map(cell)];
  const perLesson = (bytes: number, lessons: number) => `${formatBytes(bytes)} (${formatBytes(bytes / lessons)}/lesson)`;
  const pageGrowth = compared.site.lessonPageMedianBytes / small.site.lessonPageMedianBytes;
  return [
    'How the output grows',
    formatTable([
      row('Curriculum', (b) => `${formatCount(b.lessons)} lessons, ${b.courses} course${b.courses === 1 ? '' : 's'}`),
      row('Full build', (b) => `${formatMs(b.build.wallMs)} (${formatMs(b.build.wallMs / b.lessons)}/lesson)`),
      row('Peak memory', (b) => formatBytes(b.build.peakBytes)),
      row('Lesson page, median / largest', (b) => `${formatBytes(b.site.lessonPageMedianBytes)} / ${formatBytes(b.site.lessonPageMaxBytes)}`),
      row('Site (without zips)', (b) => perLesson(b.site.siteBytes, b.lessons)),
      row('SCORM zips, each (median)', (b) => (b.scorm ? formatBytes(b.scorm.medianBytes) : '–')),
      row('SCORM zips, all', (b) => (b.scorm ? perLesson(b.scorm.totalBytes, b.lessons) : '–')),
    ]),
    `  lesson page at ${formatCount(compared.lessons)} lessons ≤ ${GROWTH_TARGETS.pageGrowth}× its size at ${formatCount(small.lessons)}: ` +
      `${verdict(pageGrowth <= GROWTH_TARGETS.pageGrowth)}  ${pageGrowth.toFixed(2)}×`,
    `  lesson page ≤ ${formatBytes(GROWTH_TARGETS.pageBytes)}: ${verdict(compared.site.lessonPageMaxBytes <= GROWTH_TARGETS.pageBytes)}  ` +
      `${formatBytes(compared.site.lessonPageMaxBytes)} at most`,
  ].join('\n');
}
