import { z } from 'astro/zod';

/**
 * A note given before sensitive material: what it covers, why, and a short alternative.
 * Not strict: `<ContentNote>` also receives props the page sets. Frontmatter and course.yaml use `.strict()`.
 */
export const ContentNoteSchema = z.object({
  /** Topics the material touches on, in plain words, e.g. "thoughts of suicide". */
  topics: z.array(z.string().min(1)).min(1),
  /** Why the material is in the course, in one or two sentences. */
  why: z.string().min(1),
  /** A short summary a learner can read instead of the full material. */
  summary: z.string().min(1),
});

export type ContentNote = z.output<typeof ContentNoteSchema>;
