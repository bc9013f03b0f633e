/** One thing an author must fix. Checks collect every problem, then the build fails once. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** 1-based column on that line, where known; otherwise where the line's text starts. */
  column?: number;
  /** The entry the problem is about, e.g. `lesson "what-peer-support-is"`. */
  entry?: string;
  /** What is wrong, as one or more sentences. */
  message: string;
  /** What to do about it, as one or more sentences. */
  hint: string;
  /** The line as the author wrote it, shown under the message. */
  excerpt?: string;
}

/** Finds the 1-based line of a field, given its path from the top of the file (the nearest enclosing field when it is not there). */
export type LineFinder = (path: readonly PropertyKey[]) => number | undefined;

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? startColumn(problem.excerpt)}` : problem.file;
  const entry = problem.entry ? ` (${problem.entry})` : '';
  const excerpt = problem.excerpt !== undefined && problem.line ? `\n    ${problem.line} | ${problem.excerpt}` : '';
  return `${where}${entry}\n  ${problem.message}${excerpt}\n  Fix: ${problem.hint}`;
}

/** Where the author's text starts on the line: editors jump there from `file:line:column`. */
function startColumn(excerpt: string | undefined): number {
  return (excerpt?.search(/\S/) ?? -1) + 1 || 1;
}

/** Every problem in one message, sorted by file then line so an author can work down the list. */
export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const sorted = [...problems].sort(compareProblems);
  return `The courses have ${count} to fix before they can be built.\n\n${sorted.map(formatProblem).join('\n\n')}`;
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Things that do not stop the build but an author should know, e.g. saved state near its limit. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? 'one thing' : `${warnings.length} things`;
  return `The courses build, but ${count} may need attention.\n\n${warnings.map(formatProblem).join('\n\n')}`;
}
