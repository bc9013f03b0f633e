import { z } from 'astro/zod';
import { StableIdSchema } from './stable-id';

/**
 * The attributes of each quiz element an author writes in MDX (`<Quiz>`, `<SingleChoice>`, `<Option>`…).
 * Strict, so a misspelt attribute fails the build instead of being ignored. Text inside elements
 * (option text, accepted answers, steps, levels, band feedback) is read separately.
 */

const TextSchema = z.string().min(1);

// SCORM 2004 keeps 250 characters of a fill-in answer; the saved state holds the whole answer too.
const FILL_IN_MAX_LENGTH = 250;

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

const QuestionShape = {
  /** Stable id, unique among the course's questions and banks. Saved answers are keyed on it. */
  id: StableIdSchema,
  /** The question as learners read it. */
  prompt: TextSchema,
  /** A nudge learners can open before they answer. */
  hint: TextSchema.optional(),
  /** Shown after every check, whatever the answer. */
  feedback: TextSchema.optional(),
  /** Checks allowed; leave it out to allow as many as the learner likes. */
  attempts: z.number().int().min(1).optional(),
  /** After this many checks the learner may reveal the answer; otherwise only when attempts run out. */
  revealAfter: z.number().int().min(0).optional(),
  /** Points the question is worth in the quiz score. */
  weight: z.number().min(0).default(1),
};

/** `<SingleChoice>` (one right option) and `<MultipleResponse>` (one or more right options). */
export const ChoiceElementSchema = z.strictObject({
  ...QuestionShape,
  /** Show the options in a different order for each learner. */
  shuffle: z.boolean().default(false),
});

/** `<TrueFalse>`: a statement that is true or false. */
export const TrueFalseElementSchema = z.strictObject({
  ...QuestionShape,
  /** Whether the statement is true: `answer={true}` or `answer={false}`. */
  answer: z.boolean().optional(),
  /** Feedback for learners who answer "true". */
  trueFeedback: TextSchema.optional(),
  /** Feedback for learners who answer "false". */
  falseFeedback: TextSchema.optional(),
});

/** `<FillIn>`: a short typed answer, compared ignoring case and extra spaces. */
export const FillInElementSchema = z.strictObject({
  ...QuestionShape,
  /** Longest answer the field takes, in characters. */
  maxLength: z
    .number()
    .int()
    .min(1)
    .max(FILL_IN_MAX_LENGTH, `Keep \`maxLength\` to ${FILL_IN_MAX_LENGTH} or fewer: learning platforms keep no more of an answer`)
    .default(60),
});

/** `<Matching>` and `<Sequencing>`: the pairs or steps inside say everything else. */
export const ArrangeElementSchema = z.strictObject(QuestionShape);

/** `<Likert>`: a self-assessment, recorded and never scored. */
export const LikertElementSchema = z.strictObject({
  /** Stable id, unique among the course's questions and banks. Saved answers are keyed on it. */
  id: StableIdSchema,
  /** The statement or question learners rate, e.g. "How ready do I feel to listen without fixing?". */
  prompt: TextSchema,
  /** A nudge learners can open before they answer. */
  hint: TextSchema.optional(),
  /** Shown after the learner answers. */
  feedback: TextSchema.optional(),
});

/** `<Option>` inside `<SingleChoice>` or `<MultipleResponse>`; its text is the option. */
export const OptionElementSchema = z.strictObject({
  /** Stable id within the question; defaults to a, b, c… in written order. */
  id: StableIdSchema.optional(),
  /** Marks a right option. */
  correct: z.boolean().default(false),
  /** Shown when the learner chose this option and checked. */
  feedback: TextSchema.optional(),
});

/** `<Pair>` inside `<Matching>`: learners match each left to its right. */
export const PairElementSchema = z.strictObject({
  /** Stable id within the question; defaults to a, b, c… in written order. */
  id: StableIdSchema.optional(),
  /** The item learners start from. */
  left: TextSchema,
  /** The item that belongs with `left`. */
  right: TextSchema,
});

/** `<Accept>` (an accepted answer), `<Step>` and `<Level>`: the text inside is all there is. */
export const TextOnlyElementSchema = z.strictObject({});

/** `<Step>` inside `<Sequencing>` and `<Level>` inside `<Likert>`; their text is the step or level. */
export const OrderedTextElementSchema = z.strictObject({
  /** Stable id within the question; defaults to a, b, c… in written order. */
  id: StableIdSchema.optional(),
});

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
export type ChoiceElement = z.output<typeof ChoiceElementSchema>;
export type TrueFalseElement = z.output<typeof TrueFalseElementSchema>;
export type FillInElement = z.output<typeof FillInElementSchema>;
export type ArrangeElement = z.output<typeof ArrangeElementSchema>;
export type LikertElement = z.output<typeof LikertElementSchema>;
export type OptionElement = z.output<typeof OptionElementSchema>;
export type PairElement = z.output<typeof PairElementSchema>;
export type OrderedTextElement = z.output<typeof OrderedTextElementSchema>;
export type BankElement = z.output<typeof BankElementSchema>;
export type ScoreBandElement = z.output<typeof ScoreBandElementSchema>;
