import type { z } from 'zod';
import type { Language } from '../../i18n/strings';
import type { InteractionAnswer, InteractionRecord } from '../scorm/interaction';
import type { QuestionView } from './question-view';

/**
 * What saved state needs of one kind of question: its stored name and how its answers are saved.
 * Each kind keeps this part in its own file (kinds/<kind>-state.ts), listed in
 * question-state-kinds.ts, so that tracking on a reading page loads the small codecs and none of
 * the checking, SCORM-interaction or rendering code.
 */
export interface QuestionStateKind<Q extends QuestionBase, R extends ResponseBase, S extends StateSliceBase> {
  /** Stable name stored in course data and saved state, e.g. "numeric". Never rename it. */
  name: Q['kind'];
  state: QuestionStateCodec<Q, R, S>;
}

/**
 * The contract of one kind of question (single choice, numeric…): everything peerpath does with
 * it, declared in one object so that a new kind is its two files in kinds/ and a line in each list
 * (question-kinds.ts, question-state-kinds.ts).
 *
 * - `element`: how authors write it in MDX (element name, attributes, parts) and how the build
 *   turns what they wrote into question data, with the kind's own author checks;
 * - `isComplete` / `isCorrect`: checking a learner's answer;
 * - `interaction`: the answer as a SCORM interaction (the formatting per version is shared);
 * - `state` (from its QuestionStateKind): what course-data.json carries of it and how an answer is
 *   saved in suspend_data;
 * - `view`: how the quiz island shows it, as data for the island's widgets.
 *
 * Pure: the attribute schemas are written against the `z` the build hands in, so this room never
 * loads zod (or Astro) itself. Methods (not arrow properties) keep a kind assignable to
 * AnyQuestionKind, whose dispatch pairs each question with the kind that made it.
 */
export interface QuestionKind<Q extends QuestionBase, R extends ResponseBase, S extends StateSliceBase, A extends Attributes = Attributes>
  extends QuestionStateKind<Q, R, S> {
  /** False for a self-assessment (likert): recorded, never right or wrong, worth no points. */
  scored: boolean;
  element: QuestionElement<Q, A>;
  /** Whether the answer is whole enough to check: every part given, only ids the question has. */
  isComplete(question: Q, response: R): boolean;
  /** Whether a complete answer is right (never asked of an unscored kind). */
  isCorrect(question: Q, response: R): boolean;
  /** The answer (and the right one) for the LMS journal; ids in authored order. */
  interaction(question: Q, response: R): InteractionAnswer & Pick<InteractionRecord, 'options' | 'targets'>;
  /** This learner's order of the parts the kind shuffles (authored order when it does not). */
  shownOrder?(seed: number, question: Q): string[];
  view: QuestionView<Q, R>;
}

/** What every question has, whatever its kind. */
export interface QuestionBase {
  kind: string;
  /** Author-set, unique within the course. */
  id: string;
  prompt: string;
  hint?: string;
  /** Shown after every check, whatever the answer. */
  feedback?: string;
  /** Checks allowed; undefined means as many as the learner likes. */
  attempts?: number;
  /** After this many checks the learner may reveal the answer; undefined: only when attempts run out. */
  revealAfter?: number;
  /** Points the question is worth; 0 for an unscored kind. */
  weight: number;
}

/** A learner's answer to one question, in the author's ids. */
export interface ResponseBase {
  kind: string;
}

/** What course-data.json carries of a question: enough to save and read back answers, no answer keys. */
export interface StateSliceBase {
  kind: string;
  id: string;
}

/** The fields a kind adds to QuestionBase. */
export type KindFields<Q extends QuestionBase> = Omit<Q, keyof QuestionBase>;

/** Attributes as the build read them. */
export type Attributes = Readonly<Record<string, unknown>>;

/** astro/zod's `z`, as the build hands it to `attributes` (a type only: core never loads zod). */
export type Zod = typeof z;
export type AttributeShape = z.ZodRawShape;
/** The attributes an `attributes` factory describes, as the build reads them (defaults applied). */
export type AttributesOf<F extends (zod: Zod) => AttributeShape> = z.output<z.ZodObject<ReturnType<F>>>;

/** What is wrong and what to do; the build adds the file, line and entry. */
export interface AuthorAdvice {
  message: string;
  hint: string;
}

export interface QuestionElement<Q extends QuestionBase, A extends Attributes = Attributes> {
  /** The MDX element authors write, e.g. "Numeric". */
  name: string;
  /** Attributes beyond the ones every question has (id, prompt, hint, feedback; attempts, revealAfter, weight when scored). */
  attributes?: (zod: Zod) => AttributeShape;
  /** The elements inside it, e.g. `<Option>`; none when it ends with `/>`. */
  part?: PartDeclaration;
  /** Examples the attribute explanations give, by attribute name, e.g. `{ maxLength: 60 }`. */
  sampleNumbers?: Readonly<Record<string, number>>;
  /** Booleans written bare to switch them on, e.g. `shuffle`. */
  switches?: readonly string[];
  /**
   * The kind's own fields from what the author wrote (attributes already checked against their
   * schemas, parts read): reports every problem and returns undefined when one leaves it unusable.
   */
  read(input: ElementInput<A>, report: ReportAdvice): KindFields<Q> | undefined;
}

/** An element that only makes sense inside a question: `<Option>`, `<Accept>`, `<Pair>`… */
export interface PartDeclaration {
  name: string;
  /** Attributes besides `id`; without `id` parts are named a, b, c… by position. */
  attributes?: (zod: Zod) => AttributeShape;
  /** False when the part has no `id` of its own (an accepted answer). */
  hasId: boolean;
  /** What its text is, for an empty one ("the option learners choose"); undefined: it holds no text and ends with `/>`. */
  text?: string;
  /** Words for problems: "option", "options", and how it is written. */
  one: string;
  many: string;
  example: string;
  /** Fewest parts a question needs. */
  fewest: number;
  /** Most parts a learning platform can record (SCORM 1.2 sends each as one character); no limit when undefined. */
  most?: number;
  /** A question may hold none of them and get defaults instead; says how, e.g. "remove the levels to use the default five". */
  noneMeansDefault?: string;
  /** Advice for a question with fewer than `fewest`, when the words above do not say it well. */
  tooFew?(element: string, count: number): AuthorAdvice;
  /** Booleans written bare to switch them on, e.g. `correct`. */
  switches?: readonly string[];
  /** For a part without text: how to write what someone put inside it. */
  strayTip?: string;
  /** What to write when a required attribute is missing, by attribute name. */
  missingHints?: Readonly<Record<string, string>>;
}

/** One part as the author wrote it. */
export interface PartInput {
  /** The id written, or a, b, c… by position. */
  id: string;
  /** Its text; empty for a part without text. */
  text: string;
  /** Its attributes, checked against the part's schema. */
  attributes: Attributes;
  /** Its line in the lesson file. */
  line?: number;
}

export interface ElementInput<A extends Attributes = Attributes> {
  /** The element's own attributes (see QuestionElement.attributes), defaults applied; undefined when one has a problem (already reported). */
  attributes: A | undefined;
  /** The parts read without problems, in written order. */
  parts: readonly PartInput[];
  /** False when a part has a problem of its own (already reported): the question cannot be built, though its other checks still run. */
  partsUsable: boolean;
  /** Course language: chooses defaults written in words (likert's levels). */
  language: Language;
}

/** Reports a problem about the element, or about one of its parts (so the line is the part's). */
export type ReportAdvice = (advice: AuthorAdvice, part?: PartInput) => void;

/** How answers to questions of the kind are saved in suspend_data (see learner-state-format.ts). */
export interface QuestionStateCodec<Q extends QuestionBase, R extends ResponseBase, S extends StateSliceBase> {
  /** What course-data.json carries of the question. */
  slice(question: Q): S;
  /** Whether `value` (kind and id already checked) is a slice of this kind, read from course-data.json. */
  isSlice(value: Readonly<Record<string, unknown>>): value is Readonly<Record<string, unknown>> & S;
  /** The ids an answer names, in authored order: saved answers point at them by position, and the LMS gets them as identifiers. */
  ids(slice: S): string[];
  /** The saved body of `response`, or undefined when it does not fit the question as published. */
  encode(slice: S, response: R, ids: readonly string[]): string | undefined;
  /** The response a saved body holds, read against the question now; undefined for anything it cannot hold. */
  decode(slice: S, body: string, ids: readonly string[]): R | undefined;
  /** Characters of the longest body the question can save. */
  longest(slice: S, ids: readonly string[]): number;
}

/** A kind with its types forgotten: what the registry and the code around kinds work with. */
export type AnyQuestionKind = QuestionKind<QuestionBase, ResponseBase, StateSliceBase>;
/** A kind's saved-state part with its types forgotten. */
export type AnyQuestionStateKind = QuestionStateKind<QuestionBase, ResponseBase, StateSliceBase>;
