import type { z } from 'astro/zod';
import { findClosestMatch } from '../../core/text/closest-match';
import { fieldNamesOf, listInCode, requiredFieldNamesOf, schemaAtPath, type Schema } from './describe-schema';
import { describeValue, formatFieldPath, valueAt } from './describe-value';
import { explainUnknownField, explainZodIssue } from './explain-zod-issue';
import type { LineFinder, Problem } from './problem';

export interface IssueSource {
  /** Path relative to the project root. */
  file: string;
  /** What the whole checked value is called, for problems with no field: "The frontmatter", "course.yaml". */
  wholeName: string;
  /** The schema the value was checked against. */
  schema: Schema;
  /** What the author wrote. */
  input: unknown;
  /** The entry a path belongs to, and the path inside that entry (module problems name the module). */
  locate: (path: readonly PropertyKey[]) => { entry?: string; path: readonly PropertyKey[] };
  lineAt?: LineFinder;
}

/** Turns zod's issues into problems an author can act on: the field, what they wrote, and what it takes. */
export function zodIssuesToProblems(error: z.ZodError, source: IssueSource): Problem[] {
  const issues = withoutMissingFieldsMisspelt(error.issues, source);
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const { entry, path: inside } = source.locate(path);
        const advice = explainUnknownField(`Field ${formatFieldPath(inside)}`, key, schemaAtPath(source.schema, issue.path));
        return { file: source.file, line: source.lineAt?.(path), entry, ...advice };
      });
    }
    if (issue.path.length === 0) return [explainWhole(source)];
    const { entry, path: inside } = source.locate(issue.path);
    const key = issue.path[issue.path.length - 1];
    const advice = explainZodIssue({
      issue,
      value: valueAt(source.input, issue.path),
      expected: schemaAtPath(source.schema, issue.path),
      label: typeof key === 'number' ? capitalise(formatFieldPath(inside)) : `Field ${formatFieldPath(inside)}`,
      key,
    });
    return [{ file: source.file, line: source.lineAt?.(issue.path), entry, ...advice }];
  });
}

/**
 * `objective:` instead of `objectives:` is one mistake, not two: when an unknown field is a likely
 * misspelling of a missing one, only the unknown field is reported (its hint names the right one).
 */
function withoutMissingFieldsMisspelt(
  issues: readonly z.core.$ZodIssue[],
  { schema, input }: IssueSource,
): z.core.$ZodIssue[] {
  const misspelt = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldNamesOf(schemaAtPath(schema, issue.path)) ?? [];
    for (const key of issue.keys) {
      const meant = findClosestMatch(key, known);
      if (meant) misspelt.add(JSON.stringify([...issue.path, meant]));
    }
  }
  const isMisspeltMissing = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined && misspelt.has(JSON.stringify(issue.path));
  return issues.filter((issue) => !isMisspeltMissing(issue));
}

function explainWhole(source: IssueSource): Problem {
  const fields = listInCode(requiredFieldNamesOf(source.schema));
  const empty = source.input === undefined || source.input === null;
  return {
    file: source.file,
    message: empty
      ? `${source.wholeName} is empty.`
      : `${source.wholeName} must be a group of fields, one per line like \`title: …\`, but it is ${describeValue(source.input)}.`,
    hint: `Write at least these fields, one per line: ${fields}.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
