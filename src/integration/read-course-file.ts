import { checkFlowLists } from '../content/checks/check-flow-lists';
import { valueAt } from '../content/checks/describe-value';
import type { LineFinder, Problem } from '../content/checks/problem';
import { zodIssuesToProblems } from '../content/checks/zod-issues-to-problems';
import { CourseSchema, type Course } from '../content/schemas/course';
import { explainYamlError } from './explain-yaml-error';
import { loadYamlText } from './load-yaml-text';
import { readSourceText } from './read-source-text';
import { createYamlLineFinder } from './yaml-field-lines';

export interface CourseFile {
  /** Undefined when course.yaml has problems. */
  course?: Course;
  lineAt: LineFinder;
  problems: Problem[];
}

/** Reads and checks one course.yaml; `shown` is its path as authors see it. */
export function readCourseFile(file: string, shown: string): CourseFile {
  const { text: source, problem: encoding } = readSourceText(file);
  const lineAt = createYamlLineFinder(source);
  if (encoding) return { lineAt, problems: [{ file: shown, ...encoding }] };
  let raw: unknown;
  try {
    raw = loadYamlText(source);
  } catch (error) {
    return { lineAt, problems: [{ file: shown, ...explainYamlError(error, source, 'course.yaml') }] };
  }
  const flowLists = checkFlowLists(source, 1, { file: shown });
  const result = CourseSchema.safeParse(raw);
  if (result.success) return { course: result.data, lineAt, problems: flowLists };

  const id = valueAt(raw, ['id']);
  const courseEntry = typeof id === 'string' ? `course "${id}"` : undefined;
  const problems = zodIssuesToProblems(result.error, {
    file: shown,
    wholeName: 'course.yaml',
    schema: CourseSchema,
    input: raw,
    lineAt,
    // A problem inside a module names the module, so the author finds it among several.
    locate: (path) => {
      const moduleId = path[0] === 'modules' && path.length > 2 ? valueAt(raw, [...path.slice(0, 2), 'id']) : undefined;
      return typeof moduleId === 'string'
        ? { entry: `module "${moduleId}"`, path: path.slice(2) }
        : { entry: courseEntry, path };
    },
  });
  return { lineAt, problems: [...flowLists, ...problems] };
}
