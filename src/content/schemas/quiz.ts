import { z } from 'astro/zod';
import type { AnyQuestionKind, PartDeclaration } from '../../core/quiz/question-kind';
import { StableIdSchema } from './stable-id';

/**
 * The attributes of each quiz element an author writes in MDX (`<Quiz>`, `<SingleChoice>`, `<Option>`…).
 * Strict, so a misspelt attribute fails the build instead of being ignored. Text inside elements
 * (option text, accepted answers, steps, levels, band feedback) is read separately. Each kind of
 * question adds its own attributes and parts (src/core/quiz/kinds/).
 */

const TextSchema = z.string().min(1);

/** A knowledge check: a group of questions with one score. */
export const QuizElementSchema = z.strictObject({
  /** Stable id, unique among the course's quizzes. Never change it once learners have started. */
  id: StableIdSchema,
  /** Heading shown above the questions. */
  title: TextSchema.optional(),
  /** Counts toward the course score and completion; without it the quiz is practice only. */
  counts: z.boolean().default(false),
  /** Percent (0–100) this quiz needs; counted quizzes default to the course's `passMark`. */
  passMark: z.number().min(0).max(100).optional(),
});

/** What every question element takes. */
const QuestionShape = {
  /** Stable id, unique among the course's questions and banks. Saved answers are keyed on it. */
  id: StableIdSchema,
  /** The question as learners read it. */
  prompt: TextSchema,
  /** A nudge learners can open before they answer. */
  hint: TextSchema.optional(),
  /** Shown after every check (for a self-assessment: after the learner answers), whatever the answer. */
  feedback: TextSchema.optional(),
};

/** What every scored question element takes besides. */
const ScoredShape = {
  /** Checks allowed; leave it out to allow as many as the learner likes. */
  attempts: z.number().int().min(1).optional(),
  /** After this many checks the learner may reveal the answer; otherwise only when attempts run out. */
  revealAfter: z.number().int().min(0).optional(),
  /** Points the question is worth in the quiz score. */
  weight: z.number().min(0).default(1),
};

/** The attributes of a question element: what every question takes, and what its kind adds. */
export function questionElementSchema(kind: AnyQuestionKind) {
  return z.strictObject({ ...QuestionShape, ...(kind.scored ? ScoredShape : {}), ...kind.element.attributes?.(z) });
}

/** The attributes of a part element (`<Option>`, `<Pair>`…): an optional id (a, b, c… by position otherwise) and what the part adds. */
export function partElementSchema(part: PartDeclaration) {
  /** Stable id within the question; defaults to a, b, c… in written order. */
  const id = StableIdSchema.optional();
  return z.strictObject({ ...(part.hasId ? { id } : {}), ...part.attributes?.(z) });
}

/** `<Bank>`: each learner gets `draw` of its questions, fixed for that learner. */
export const BankElementSchema = z.strictObject({
  /** Stable id, unique among the course's questions and banks. */
  id: StableIdSchema,
  /** How many of the bank's questions each learner answers. */
  draw: z.number().int(),
});

/** `<ScoreBand>`: its text is shown to learners whose quiz score reaches `min`. */
export const ScoreBandElementSchema = z.strictObject({
  /** Lowest score (percent, 0–100) the feedback is for. */
  min: z.number().min(0).max(100),
});

export type QuizElement = z.output<typeof QuizElementSchema>;
export type BankElement = z.output<typeof BankElementSchema>;
export type ScoreBandElement = z.output<typeof ScoreBandElementSchema>;
