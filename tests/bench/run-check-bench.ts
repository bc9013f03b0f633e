// `npm run bench:check [-- --runs 5]`: how long `npx peerpath check` takes on the sample curriculum,
// start to exit, as a trainer waits for it (issue 13's target: 5 s or less). A report, not a test:
// it prints figures and exits 0 whatever they are, 1 only when the check itself fails.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatMs, formatTable } from './format-units.ts';
import { percentile } from './percentile.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs) || 5);
const wall: number[] = [];
const cpu: number[] = [];
let report = '';
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const result = spawnSync('npx', ['peerpath', 'check', '--json'], { cwd: projectRoot, encoding: 'utf8' });
  wall.push(performance.now() - started);
  if (result.status !== 0) {
    console.error(`peerpath check failed (exit code ${result.status}):\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  const parsed = JSON.parse(result.stdout) as { courses: string[]; lessons: number; milliseconds: number };
  cpu.push(parsed.milliseconds);
  report = `${parsed.courses.length} courses, ${parsed.lessons} lessons`;
}
console.log(`peerpath check on the sample curriculum (${report}), ${runs} runs, load average ${loadavg()[0]?.toFixed(1)} on this machine:\n`);
console.log(formatTable([
  ['', 'median', 'slowest', 'target'],
  ['npx peerpath check, start to exit', formatMs(percentile(wall, 50)), formatMs(Math.max(...wall)), '≤ 5 s'],
  ['of which reading and checking', formatMs(percentile(cpu, 50)), formatMs(Math.max(...cpu)), ''],
]));
