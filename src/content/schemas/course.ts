import { z } from 'astro/zod';
import { ContentNoteSchema } from './content-note';
import { StableIdSchema } from './stable-id';
import { SupportContactSchema } from './support';

/** One module: an ordered group of lessons. */
export const ModuleSchema = z.strictObject({
  /** Stable, author-set id. Never change it once learners have started: saved progress uses it. */
  id: StableIdSchema,
  /** Module title as learners see it. */
  title: z.string().min(1),
  /** One or two sentences on what the module is about. */
  summary: z.string().min(1),
  /** Lesson ids in the order learners meet them. Each must match a lesson's `id` in this course. */
  lessons: z.array(StableIdSchema).min(1),
  /** Optional note shown before the module's material. */
  contentNote: ContentNoteSchema.strict().optional(),
});

/** What the course sends to a learning platform, and what it keeps on the device. */
export const RecordedSchema = z.strictObject({
  /** Things the LMS receives, in plain words (shown on "What is recorded and who sees it"). */
  sent: z.array(z.string().min(1)).min(1),
  /** Things that never leave the learner's device. */
  neverSent: z.array(z.string().min(1)).min(1),
  /** Who can see what is sent, e.g. "Your volunteer coordinator and the course administrators". */
  whoSees: z.string().min(1),
});

/**
 * `course.yaml`: everything about a course except the lesson texts.
 * Strict at every level, so a misspelt field fails the build instead of being ignored.
 */
export const CourseSchema = z.strictObject({
  /** Stable, author-set course id: lowercase letters, digits and dashes. Used in URLs and package names. */
  id: StableIdSchema,
  /** Course title. */
  title: z.string().min(1),
  /** One or two sentences for the catalogue. */
  summary: z.string().min(1),
  /** Language of the course text; chooses the interface strings and search stemming. */
  language: z.enum(['en', 'da']),
  /**
   * In a language version of another course: that course's language. Give it the same `id`; the build
   * checks both have the same structure. Modules not listed yet show as "not yet translated".
   */
  translatedFrom: z.enum(['en', 'da']).optional(),
  /** Course version, e.g. "1.0.0". Goes into the package file names. */
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'Use a version like 1.0 or 1.0.0'),
  /** Who the course is for. */
  audience: z.string().min(1),
  /** Rough total time in minutes, shown on the overview (never as a limit). */
  estimatedMinutes: z.number().int().positive(),
  /** What a learner will be able to do after the course. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Percentage (0–100) needed to pass the counted knowledge checks. */
  passMark: z.number().min(0).max(100),
  /** Course-level content notes, shown on the overview before anything starts. */
  contentNotes: z.array(ContentNoteSchema.strict()).default([]),
  /** Support contacts shown in "Support now" on every page. The publishing organisation must confirm them. */
  support: z.array(SupportContactSchema).min(1),
  /** What is recorded and who sees it. */
  recorded: RecordedSchema,
  /** Modules in the order learners meet them. */
  modules: z.array(ModuleSchema).min(1),
});

export type Course = z.output<typeof CourseSchema>;
export type CourseModule = z.output<typeof ModuleSchema>;
