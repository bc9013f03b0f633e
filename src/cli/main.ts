import path from 'node:path';
import { coursesDirectory } from '../content/courses-directory';
import { runCheckCommand } from './check-command';
import { runNewCommand } from './new-command';
import { UsageError } from './usage-error';

const HELP = `peerpath: tools for writing courses

  npx peerpath new course <id> --lang en|da [--title "…"]    start a course that builds at once
  npx peerpath new lesson <course> <module> [--title "…"]    add a lesson (and the module, if it is new)
  npx peerpath new quiz <course> <lesson> [--counts]         add a knowledge check at the end of a lesson
  npx peerpath new scenario <course> <lesson>                add a branching role-play at the end of a lesson
  npx peerpath check [course] [--json] [--watch] [--verbose] content checks only, in seconds; exit code 1 on problems

<course> is a course id or its folder under the courses folder; <lesson> a lesson id or an .mdx path.
Courses live in ./courses (or PEERPATH_COURSES_DIR). The README section "Writing a course" has the rest.`;

/** Runs one command and returns the process exit code: 0 fine, 1 the content has problems, 2 the command was wrong. */
export async function runCli(args: readonly string[], projectRoot: string): Promise<number> {
  const coursesDir = path.resolve(projectRoot, coursesDirectory());
  const verbose = args.includes('--verbose');
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'new':
        return await runNewCommand(rest, { coursesDir, projectRoot });
      case 'check':
        return await runCheckCommand(rest, { coursesDir, projectRoot });
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(HELP);
        return 0;
      default:
        throw new UsageError(`There is no command "${command}".`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${HELP}`);
    if (verbose && error.stack) console.error(error.stack);
    return 2;
  }
}
