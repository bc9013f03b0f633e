/**
 * A branching role-play as the build reads it from a lesson's MDX: everything the learner's browser
 * needs to play, track and debrief it. Ids are the author's stable ids. Scenes and endings are kept
 * in authored order, in a list rather than a map, so that the build can see (and refuse) two scenes
 * with the same id instead of silently keeping one.
 */

/** What a scenario counts for: nothing (tracked only), course completion, or completion and score. */
export type ScenarioCounts = 'practice' | 'completion' | 'score';

/** How a condition compares a variable with a number. */
export type ComparisonOperator = '==' | '!=' | '>=' | '<=' | '>' | '<';

/** One test of a variable, e.g. `trust>=1`; a choice shows only when all its conditions hold. */
export interface Condition {
  /** Id of a declared variable. */
  variable: string;
  operator: ComparisonOperator;
  /** Whole number the variable is compared with. */
  value: number;
}

/** One change a choice makes to a variable: `trust:+1` adds, `trust:=0` sets; the result is clamped. */
export interface VariableChange {
  /** Id of a declared variable. */
  variable: string;
  /** `add` for `+n`/`-n`, `set` for `=n`. */
  operation: 'add' | 'set';
  /** Whole number added (may be negative) or set. */
  value: number;
}

/** Someone in the scenario; their lines show their name. */
export interface CharacterDef {
  /** Author-set, unique within the scenario; `<Line character="…">` refers to it. */
  id: string;
  /** Shown beside the character's lines. */
  name: string;
  /** Who the character is, e.g. "a participant at the intro meeting". */
  role?: string;
}

/** A whole number the play keeps, e.g. trust level; a yes/no fact is a variable from 0 to 1. */
export interface VariableDef {
  /** Author-set, unique within the scenario; conditions and changes refer to it. */
  id: string;
  /** Value at the start of every play. */
  initial: number;
  /** Lowest value; changes below it stop here. */
  min: number;
  /** Highest value; changes above it stop here. */
  max: number;
}

/** Narration: one paragraph of plain text (inline marks flattened). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

/** Something a character says. */
export interface LineBlock {
  kind: 'line';
  /** Id of a declared character. */
  characterId: string;
  /** What they say, plain text. */
  text: string;
}

/** A piece of a scene's story, in the order the author wrote it. */
export type NarrativeBlock = ParagraphBlock | LineBlock;

/** Something the learner may do in a scene, and where it leads. */
export interface ChoiceDef {
  /** Author-set, unique within the scenario; recorded in the LMS as the learner's response. */
  id: string;
  /** Id of the scene or ending this choice leads to. */
  to: string;
  /** The button text. */
  text: string;
  /** Shown after choosing: what it protects, what it may cost, what else could work. */
  feedback?: string;
  /** All must hold for the choice to be offered; empty means always offered. */
  when: Condition[];
  /** Points added to (or taken from) each named rubric dimension. */
  scores: Record<string, number>;
  /** Variable changes, applied in order. */
  sets: VariableChange[];
}

/** A moment in the story that asks the learner to decide, or an ending that debriefs. */
export interface SceneDef {
  /** `ending` is where a play stops and the debrief shows; it has no choices. */
  kind: 'scene' | 'ending';
  /** Author-set, unique among the scenario's scenes and endings; choices lead here by it. */
  id: string;
  /** Where and when the scene happens, e.g. "The intro meeting, eight people in a circle". */
  setting?: string;
  /** Heading; endings use it to name the outcome. */
  title?: string;
  /** The story, in order. For an ending: the debrief. */
  blocks: NarrativeBlock[];
  /** What the learner may do next, in authored order; empty for an ending. */
  choices: ChoiceDef[];
  /** Optional pause-and-reflect prompt; what the learner writes stays on their device. */
  reflect?: string;
}

/** One branching role-play, as the build extracts it from `<Scenario>` in a lesson. */
export interface ScenarioDefinition {
  /** Author-set, unique within the course. */
  id: string;
  /** The lesson the scenario appears in. */
  lessonId: string;
  title: string;
  counts: ScenarioCounts;
  /** Rubric dimensions choices score on, in the order debriefs list them. */
  dimensions: string[];
  /** What debriefs call a dimension, by its id, where the author named it (`dimensionNames`). */
  dimensionNames?: Record<string, string>;
  characters: CharacterDef[];
  variables: VariableDef[];
  /** Id of the first scene (the first authored Scene unless the author says otherwise). */
  start: string;
  /** Scenes and endings in authored order. */
  scenes: SceneDef[];
}

/** Where a learner is in a play. Plain data: saved, restored and compared as JSON. */
export interface PlayState {
  /** The scene or ending shown now. */
  readonly sceneId: string;
  /** Every declared variable's current value. */
  readonly variables: Readonly<Record<string, number>>;
  /** Ids of the choices taken so far, in order; replaying them from the start gives this state. */
  readonly path: readonly string[];
  /** Points so far on every declared dimension. */
  readonly scores: Readonly<Record<string, number>>;
}
