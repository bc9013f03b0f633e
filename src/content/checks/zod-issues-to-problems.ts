import type { z } from 'astro/zod';
import type { Problem } from './problem';

interface Located {
  file: string;
  entry?: string;
  /** Finds the line of a top-level field in the source, where it is there at all. */
  lineOfField?: (field: string) => number | undefined;
}

export function zodIssuesToProblems(error: z.ZodError, where: Located): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.length > 0 ? path.join('.') : undefined;
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return {
      file: where.file,
      line: field ? where.lineOfField?.(path[0]) : undefined,
      entry: where.entry,
      message: field
        ? missing
          ? `field \`${field}\` is missing`
          : `field \`${field}\` is not valid: ${issue.message}`
        : issue.message,
      hint: field ? hintForField(field, missing) : 'Check the file against the course authoring guide in README.md.',
    };
  });
}

function hintForField(field: string, missing: boolean): string {
  return missing
    ? `Add \`${field}\` (see "Writing a course" in README.md for every field).`
    : `Correct \`${field}\` (see "Writing a course" in README.md for what it takes).`;
}
