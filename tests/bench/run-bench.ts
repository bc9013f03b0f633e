// `npm run bench [-- --sizes 100,1000] [--keep] [--seed N]`: builds generated curricula with the
// real `astro build` and reports speed, memory, search index and package figures against the
// targets. A report, not a test: it exits 0 when a target is missed, 1 only when a build fails.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatResultsTable, formatTargets, type SizeResult } from './format-report.ts';
import { formatCount, formatMs } from './format-units.ts';
import { generateCurriculum, type GeneratedCurriculum } from './generate-curriculum.ts';
import { measureScormPackages } from './measure-scorm-packages.ts';
import { measureSearchIndex, type SearchIndexFigures } from './measure-search-index.ts';
import { measureStateBudget } from './measure-state-budget.ts';
import { runAstroBuild } from './run-astro-build.ts';
import { summariseBuildLog } from './summarise-build-log.ts';
import { timeSearchIndexBuild } from './time-search-index-build.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', multiple: true, default: ['100,1000'] },
    seed: { type: 'string', default: '20250101' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.flatMap((value) => value.split(',')).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes takes whole numbers of lessons, e.g. --sizes 100,1000 (got ${values.sizes.join(' ')})`);
  process.exit(2);
}

const workDir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-'));
const cores = availableParallelism();
console.log(`peerpath bench: Node ${process.versions.node}, ${cores} cores, working in ${workDir}`);
/** The one-minute load average (os.loadavg always gives three figures). */
const oneMinuteLoad = (): number => loadavg()[0] ?? 0;
if (oneMinuteLoad() > cores / 2) {
  console.log(`Load average is ${oneMinuteLoad().toFixed(2)}: other work is running, so timings will be slower than on an idle machine.`);
}
console.log('');
const results: SizeResult[] = [];
let failed = false;

for (const size of sizes) {
  const sizeDir = path.join(workDir, `lessons-${size}`);
  mkdirSync(sizeDir, { recursive: true });
  const coursesDir = path.join(sizeDir, 'courses');
  const outDir = path.join(sizeDir, 'out');
  const logFile = path.join(sizeDir, 'build.log');

  const generated = generateCurriculum({ dir: coursesDir, lessons: size, seed: Number(values.seed) });
  console.log(`${formatCount(size)} lessons: generated ${generated.courses.length} courses; building…`);
  const loadBefore = oneMinuteLoad();
  const build = await runAstroBuild({ projectRoot, coursesDir, outDir, cacheDir: path.join(sizeDir, 'cache'), logFile });
  if (build.exitCode !== 0) {
    failed = true;
    console.error(`\nThe build of ${formatCount(size)} lessons failed (exit code ${build.exitCode}). Last lines of ${logFile}:\n`);
    console.error(readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n'));
    break;
  }
  console.log(`  built in ${formatMs(build.wallMs)}; measuring the search index and packages…`);
  const phases = summariseBuildLog(build.lines, build.wallMs);
  const search = await measureSearchIndexOrSay(outDir);
  results.push({
    loadBefore,
    lessons: generated.lessons,
    courses: generated.courses.length,
    wordsPerLesson: generated.words / generated.lessons,
    build,
    phases,
    search,
    searchIndexBuild:
      phases.searchIndexMs !== undefined
        ? { ms: phases.searchIndexMs, source: 'build log' }
        : search && (await timeSearchIndexBuildOrSay(outDir, generated)),
    scorm: measureScormPackages(outDir),
  });
  if (!values.keep) rmSync(sizeDir, { recursive: true, force: true });
}

if (results.length > 0) {
  console.log(`\n${formatResultsTable(results)}\n\n${formatTargets(results)}`);
}
console.log(`\n${await measureStateBudgetOrSay()}`);
if (values.keep || failed) console.log(`\nGenerated courses, builds and logs are kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

async function timeSearchIndexBuildOrSay(outDir: string, generated: GeneratedCurriculum): Promise<SizeResult['searchIndexBuild']> {
  try {
    return { ms: await timeSearchIndexBuild(projectRoot, outDir, generated), source: 'timed directly' };
  } catch (error) {
    console.log(`  the search index build could not be timed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function measureStateBudgetOrSay(): Promise<string> {
  try {
    return await measureStateBudget(projectRoot);
  } catch (error) {
    return `The worst-case saved state could not be measured: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function measureSearchIndexOrSay(outDir: string): Promise<SearchIndexFigures | undefined> {
  try {
    const figures = await measureSearchIndex(projectRoot, outDir);
    if (!figures) console.log('  the build wrote no search index files (courses/<id>/search-index.json)');
    return figures;
  } catch (error) {
    console.log(`  the search index could not be measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
