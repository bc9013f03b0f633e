import { z } from 'astro/zod';
import { NAME_PATTERN } from '../../core/scenario/author-list';
import { StableIdSchema } from './stable-id';

/**
 * The attributes of each scenario element an author writes in MDX (`<Scenario>`, `<Scene>`,
 * `<Choice>`…). Strict, so a misspelt attribute fails the build instead of being ignored. Text inside
 * elements (narrative, lines, choice text, reflection prompts) is read separately, and so are the
 * little languages inside `dimensions`, `when`, `scores` and `sets`.
 */

const TextSchema = z.string().min(1);

/** Variable and dimension names: what `when`, `sets` and `scores` can refer to. */
export const ScenarioNameSchema = z
  .string()
  .regex(new RegExp(`^${NAME_PATTERN}$`), 'Use letters, digits and single dashes or underscores, e.g. "trust" or "asked-about-safety"')
  .max(64, 'Keep names to 64 characters or fewer');

/** A branching role-play: scenes, choices between them, and endings that debrief. */
export const ScenarioElementSchema = z.strictObject({
  /** Stable id, unique among the course's scenarios and quizzes. Never change it once learners have started. */
  id: StableIdSchema,
  /** Heading shown above the scenario, e.g. "“So what's your diagnosis?”". */
  title: TextSchema,
  /** `practice` counts for nothing, `completion` must reach an ending, `score` also adds to the course score. */
  counts: z.enum(['practice', 'completion', 'score']).default('practice'),
  /** Share of the course score for `counts="score"`, compared with other scored scenarios and quiz points. */
  weight: z.number().positive().default(1),
  /** Rubric dimensions choices score on, comma-separated, in the order debriefs list them. */
  dimensions: TextSchema.optional(),
  /**
   * How debriefs name each dimension, comma-separated in the order of `dimensions`, e.g. in a
   * course in another language: `dimensionNames="Åbenhed, Valg, Tryghed"`. Left out, each id is shown as words.
   */
  dimensionNames: TextSchema.optional(),
  /** Id of the first scene; leave it out to begin with the first `<Scene>`. */
  start: StableIdSchema.optional(),
});

/** `<Character>`: someone in the scenario; `<Line character="…">` refers to them. */
export const CharacterElementSchema = z.strictObject({
  /** Id within the scenario, e.g. `sam`. */
  id: StableIdSchema,
  /** Shown beside the character's lines. */
  name: TextSchema,
  /** Who the character is, e.g. "a participant at the intro meeting". */
  role: TextSchema.optional(),
});

/** `<Variable>`: a whole number the play keeps, e.g. trust; a yes/no fact goes from 0 to 1. */
export const VariableElementSchema = z.strictObject({
  /** Name within the scenario; `when` and `sets` refer to it. */
  id: ScenarioNameSchema,
  /** Value at the start of every play. */
  initial: z.number().int(),
  /** Lowest value; changes below it stop here. */
  min: z.number().int(),
  /** Highest value; changes above it stop here. */
  max: z.number().int(),
});

/** `<Scene>`: narrative, lines and the choices the learner makes there. */
export const SceneElementSchema = z.strictObject({
  /** Id within the scenario; choices lead here with `to="…"`. Decisions are recorded under it. */
  id: StableIdSchema,
  /** Where and when the scene happens, e.g. "The intro meeting, eight people in a circle". */
  setting: TextSchema.optional(),
  /** Heading of the scene. */
  title: TextSchema.optional(),
});

/** `<Ending>`: where a play stops; its text is the debrief. */
export const EndingElementSchema = z.strictObject({
  /** Id within the scenario (shared with the scenes); choices lead here with `to="…"`. */
  id: StableIdSchema,
  /** Names the outcome, e.g. "An open start". */
  title: TextSchema,
});

/** `<Line>`: something a character says; the text inside is what they say. */
export const LineElementSchema = z.strictObject({
  /** Id of the `<Character>` speaking. */
  character: StableIdSchema,
});

/** `<Choice>`: something the learner may do; the text inside is the button text. */
export const ScenarioChoiceElementSchema = z.strictObject({
  /** Id unique within the scenario; recorded as the learner's decision. */
  id: StableIdSchema,
  /** Id of the scene or ending the choice leads to. */
  to: StableIdSchema,
  /** Conditions that must all hold for the choice to be offered, e.g. "trust>=1 and asked==0". */
  when: TextSchema.optional(),
  /** Points on the scenario's dimensions, e.g. "transparency:+2, safety:-1". */
  scores: TextSchema.optional(),
  /** Variable changes, e.g. "trust:+1, asked:=1"; results stay within each variable's min and max. */
  sets: TextSchema.optional(),
  /** Shown after choosing: what it protects, what it may cost, what else could work. */
  feedback: TextSchema.optional(),
});

/** `<Reflect>`: a pause-and-reflect prompt; what the learner writes stays on their device. */
export const ReflectElementSchema = z.strictObject({});

export type ScenarioElement = z.output<typeof ScenarioElementSchema>;
export type CharacterElement = z.output<typeof CharacterElementSchema>;
export type VariableElement = z.output<typeof VariableElementSchema>;
export type SceneElement = z.output<typeof SceneElementSchema>;
export type EndingElement = z.output<typeof EndingElementSchema>;
export type LineElement = z.output<typeof LineElementSchema>;
export type ScenarioChoiceElement = z.output<typeof ScenarioChoiceElementSchema>;
