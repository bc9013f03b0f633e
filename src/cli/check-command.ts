import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblems, formatWarnings } from '../content/checks/problem';
import { checkCourses, type CourseCheck, type CoursePaths } from './course-check';
import { UsageError } from './usage-error';

/** `peerpath check [course] [--json] [--watch]`: the build's content checks without building pages. */
export async function runCheckCommand(args: readonly string[], paths: CoursePaths): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  const [course, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`check takes at most one course (got "${course}" and "${extra}").`);
  const runOnce = () => {
    const result = checkCourses(paths, course);
    console.log(values.json ? JSON.stringify(toJsonReport(result), null, 2) : toTextReport(result));
    return result.problems.length > 0 ? 1 : 0;
  };
  const exitCode = runOnce();
  if (!values.watch) return exitCode;
  await watchCourses(paths.coursesDir, () => {
    if (!values.json) console.log(`\n--- ${new Date().toLocaleTimeString()}: checking again ---\n`);
    runOnce();
  });
  return exitCode;
}

function parseCheckArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, watch: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function toTextReport({ problems, warnings, courses, lessons, milliseconds }: CourseCheck): string {
  const seconds = (milliseconds / 1000).toFixed(1);
  const counted = `${courses.length} course${courses.length === 1 ? '' : 's'} and ${lessons} lesson${lessons === 1 ? '' : 's'} in ${seconds} s`;
  const parts = [];
  if (warnings.length > 0) parts.push(formatWarnings(warnings));
  if (problems.length > 0) parts.push(formatProblems(problems));
  parts.push(problems.length > 0 ? `Checked ${counted}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.` : `Checked ${counted}: no problems.`);
  return parts.join('\n\n');
}

/** For editors and CI: every problem as data, with the same words the build prints. */
function toJsonReport({ problems, warnings, courses, lessons, milliseconds }: CourseCheck) {
  return {
    ok: problems.length === 0,
    courses: courses.map((course) => course.data.id),
    lessons,
    milliseconds: Math.round(milliseconds),
    problems,
    warnings,
  };
}

/** Calls `onChange` once per burst of saves (editors write a file in several steps); never resolves. */
function watchCourses(coursesDir: string, onChange: () => void): Promise<never> {
  let timer: NodeJS.Timeout | undefined;
  watch(coursesDir, { recursive: true }, (_event, file) => {
    if (file && !/\.(mdx|ya?ml)$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  });
  return new Promise<never>(() => undefined);
}
