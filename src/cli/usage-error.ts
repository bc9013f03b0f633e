/** The command line was wrong (unknown command, missing argument, no such course): said plainly, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
