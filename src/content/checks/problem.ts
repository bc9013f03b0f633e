/** One thing an author must fix. Checks collect every problem, then the build fails once. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** The entry the problem is about, e.g. `lesson "what-peer-support-is"`. */
  entry?: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const entry = problem.entry ? ` (${problem.entry})` : '';
  return `${where}${entry}: ${problem.message}\n    Fix: ${problem.hint}`;
}

export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The courses have ${count} to fix before they can be built:\n\n${problems
    .map(formatProblem)
    .join('\n\n')}`;
}
