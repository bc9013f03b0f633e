import path from 'node:path';
import { coursesDirectory } from '../content/courses-directory';
import { runCheckCommand } from './check-command';
import { runNewCommand } from './new-command';
import { runPreviewLmsCommand } from './preview-lms-command';
import { runSchemaCommand } from './schema-command';
import { UsageError } from './usage-error';

const HELP = `peerpath: tools for writing courses

  npx peerpath new course <id> --lang en|da [--title "…"]    start a course that builds at once
  npx peerpath new lesson <course> <module> [--title "…"]    add a lesson (and the module, if it is new)
  npx peerpath new quiz <course> <lesson> [--counts]         add a knowledge check at the end of a lesson
  npx peerpath new scenario <course> <lesson>                add a branching role-play at the end of a lesson
  npx peerpath check [course] [--json] [--watch] [--verbose] content checks only, in seconds; exit code 1 on problems
  npx peerpath preview-lms [course] [--scorm 1.2|2004] [--preset moodle|strict|lenient|failing] [--port 4329] [--dist dist]
                                                             launch the built package under a local LMS that logs every call
  npx peerpath schema                                        rewrite public/schemas/course.schema.json from the zod schema

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
      case 'schema':
        return runSchemaCommand(rest, { projectRoot });
      case 'preview-lms':
        return await runPreviewLmsCommand(rest, { projectRoot }, untilInterrupted());
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

/** Resolves on Ctrl+C (or a stop signal), so a command that serves can close its server and clean up. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
