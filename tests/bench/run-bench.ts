// `npm run bench [-- --lessons 1000] [--pairs 3] [--small 60] [--large 5000] [--keep] [--seed N]`: builds generated
// curricula with the real `astro build` and reports against the targets of issue 10. It builds the same
// one-course curriculum with peerpath and with plain Astro + MDX, interleaved, and compares the medians; then
// a small and a large curriculum, to show how pages, site, zips, time and memory grow. A report, not a test:
// it exits 0 when a target is missed, 1 only when a build fails.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatResultsTable, type SizeResult } from './format-report.ts';
import { formatComparison, formatGrowth, type MeasuredBuild } from './format-growth.ts';
import { formatCount, formatMs } from './format-units.ts';
import { generateCurriculum, type GeneratedCurriculum } from './generate-curriculum.ts';
import { measureScormPackages } from './measure-scorm-packages.ts';
import { measureSearchIndex } from './measure-search-index.ts';
import { measureSite } from './measure-site.ts';
import { measureStateBudget } from './measure-state-budget.ts';
import { writePlainAstroProject } from './plain-astro-project.ts';
import { runAstroBuild, type AstroBuildResult } from './run-astro-build.ts';
import { summariseBuildLog } from './summarise-build-log.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    lessons: { type: 'string', default: '1000' },
    pairs: { type: 'string', default: '3' },
    small: { type: 'string', default: '60' },
    large: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '20250101' },
    keep: { type: 'boolean', default: false },
  },
});
/** A whole number of at least 1 from a flag, or a clear message and exit code 2. */
function readCount(flag: string, value: string): number {
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  console.error(`--${flag} takes a whole number, e.g. --lessons 1000 --pairs 3 (got ${value})`);
  process.exit(2);
}
const lessons = readCount('lessons', values.lessons);
const pairs = readCount('pairs', values.pairs);
const small = readCount('small', values.small);
const large = readCount('large', values.large);
const seed = Number(values.seed);

const workDir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-'));
const cores = availableParallelism();
console.log(`peerpath bench: Node ${process.versions.node}, ${cores} cores, working in ${workDir}`);
/** The one-minute load average (os.loadavg always gives three figures). */
const oneMinuteLoad = (): number => loadavg()[0] ?? 0;
if (oneMinuteLoad() > cores / 2) console.log(`Load average is ${oneMinuteLoad().toFixed(2)}: other work is running, so timings are slower than on an idle machine.`);

let buildCount = 0;
async function build(coursesDir: string, label: string, otherProjectRoot?: string): Promise<{ result: AstroBuildResult; outDir: string }> {
  const dir = path.join(workDir, `build-${++buildCount}`);
  mkdirSync(dir);
  const outDir = path.join(dir, 'out');
  const logFile = path.join(dir, 'build.log');
  const result = await runAstroBuild({ projectRoot, coursesDir, outDir, cacheDir: path.join(dir, 'cache'), logFile, otherProjectRoot });
  if (result.exitCode !== 0) {
    console.error(`\n${label} failed (exit code ${result.exitCode}). Last lines of ${logFile}:\n`);
    console.error(readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n'));
    process.exit(1);
  }
  console.log(`  ${label}: ${formatMs(result.wallMs)}`);
  return { result, outDir };
}

function generate(count: number, lessonsPerCourse: number): GeneratedCurriculum {
  const dir = path.join(workDir, `courses-${count}`);
  return generateCurriculum({ dir, lessons: count, lessonsPerCourse, seed });
}

/** Sizes what a peerpath build made, then deletes it (unless --keep). */
async function measure(generated: GeneratedCurriculum, built: { result: AstroBuildResult; outDir: string }, details: SizeResult[]): Promise<MeasuredBuild> {
  const pages = generated.courses.flatMap((course) => course.lessonIds.map((id) => path.join('courses', course.id, `${id}.html`)));
  const scorm = measureScormPackages(built.outDir);
  const phases = summariseBuildLog(built.result.lines, built.result.wallMs);
  details.push({
    loadBefore: oneMinuteLoad(),
    lessons: generated.lessons,
    courses: generated.courses.length,
    wordsPerLesson: generated.words / generated.lessons,
    build: built.result,
    phases,
    searchIndexBuild: phases.searchIndexMs === undefined ? undefined : { ms: phases.searchIndexMs, source: 'build log' },
    search: await measureSearchIndex(projectRoot, built.outDir).catch(() => undefined),
    scorm,
  });
  const measured = { lessons: generated.lessons, courses: generated.courses.length, build: built.result, site: measureSite(built.outDir, pages), scorm };
  if (!values.keep) rmSync(built.outDir, { recursive: true, force: true });
  return measured;
}

const details: SizeResult[] = [];
console.log(`\n${formatCount(lessons)} lessons in one course, peerpath and plain Astro + MDX, ${pairs} interleaved pairs:`);
const compared = generate(lessons, lessons);
const plainRoot = path.join(workDir, 'plain-astro');
writePlainAstroProject(plainRoot, projectRoot);
const peerpathBuilds: AstroBuildResult[] = [];
const plainBuilds: AstroBuildResult[] = [];
let comparedMeasure: MeasuredBuild | undefined;
for (let pair = 1; pair <= pairs; pair++) {
  const ours = await build(compared.dir, `peerpath ${pair}`);
  peerpathBuilds.push(ours.result);
  if (!comparedMeasure) comparedMeasure = await measure(compared, ours, details);
  else if (!values.keep) rmSync(ours.outDir, { recursive: true, force: true });
  const plain = await build(compared.dir, `plain Astro ${pair}`, plainRoot);
  plainBuilds.push(plain.result);
  if (!values.keep) rmSync(plain.outDir, { recursive: true, force: true });
}

console.log(`\n${formatCount(small)} lessons in one course, and ${formatCount(large)} lessons in courses of ${formatCount(lessons)}:`);
const smallCurriculum = generate(small, small);
const smallMeasure = await measure(smallCurriculum, await build(smallCurriculum.dir, `peerpath, ${formatCount(small)} lessons`), []);
const largeCurriculum = generate(large, lessons);
const largeMeasure = await measure(largeCurriculum, await build(largeCurriculum.dir, `peerpath, ${formatCount(large)} lessons`), details);

console.log(`\n${formatComparison({ lessons, peerpath: peerpathBuilds, plain: plainBuilds })}`);
if (comparedMeasure) console.log(`\n${formatGrowth(smallMeasure, comparedMeasure, largeMeasure)}`);
console.log(`\nDetails of the peerpath builds\n${formatResultsTable(details)}`);
console.log(`\n${await measureStateBudget(projectRoot).catch((error: unknown) => `The worst-case saved state could not be measured: ${String(error)}`)}`);
if (values.keep) console.log(`\nGenerated courses, builds and logs are kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
