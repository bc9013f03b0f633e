import type { z } from 'astro/zod';

/** Each issue as "code at path", so a test reads like the list of things wrong. */
export function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code} at ${issue.path.join('.') || '(root)'}`);
}
