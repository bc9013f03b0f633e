import { z } from 'astro/zod';
import { ContentNoteSchema } from './content-note';
import { StableIdSchema } from './stable-id';

/** Frontmatter of one MDX lesson. Strict, so a misspelt field fails the build instead of being ignored. */
export const LessonSchema = z.strictObject({
  /** Stable, author-set lesson id, unique in the course. Never change it once learners have started. */
  id: StableIdSchema,
  /** Lesson title. */
  title: z.string().min(1),
  /** What a learner will be able to do after this lesson. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Rough time the lesson takes, in minutes (shown as a guide, never a limit). */
  estimatedMinutes: z.number().int().positive(),
  /** Optional note shown before the lesson, with a real choice to continue, read a summary or come back later. */
  contentNote: ContentNoteSchema.strict().optional(),
  /** Whether the lesson counts towards completing the course. */
  required: z.boolean().default(true),
});

export type Lesson = z.output<typeof LessonSchema>;
