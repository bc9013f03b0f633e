import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseJsonSchemaFile, createCourseJsonSchema, formatCourseJsonSchema } from '../integration/course-json-schema';
import { UsageError } from './usage-error';

/** `peerpath schema`: writes the JSON schema for course.yaml from the zod schema (after a schema change). */
export function runSchemaCommand(args: readonly string[], { projectRoot }: { projectRoot: string }): number {
  if (args.some((arg) => arg !== '--verbose')) throw new UsageError(`schema takes no arguments (got "${args.join(' ')}").`);
  const file = path.join(projectRoot, courseJsonSchemaFile);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, formatCourseJsonSchema(createCourseJsonSchema(projectRoot)));
  console.log(`Wrote ${courseJsonSchemaFile}.`);
  return 0;
}
