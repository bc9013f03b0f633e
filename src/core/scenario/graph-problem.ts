/** The kinds of mistake checkScenarioGraph finds; tests and tools can match on them. */
export type GraphProblemKind =
  | 'no-scenes' | 'missing-start' | 'start-at-ending'
  | 'duplicate-id' | 'invalid-variable'
  | 'undeclared-variable' | 'undeclared-dimension' | 'undeclared-character'
  | 'dangling-target' | 'unreachable-scene' | 'dead-end' | 'ending-with-choices' | 'too-many-choices'
  | 'loop-without-exit' | 'no-reachable-ending'
  | 'condition-never-holds' | 'no-choice-available' | 'state-limit' | 'path-limit';

/** One mistake in a scenario: what happened, where, and what to do (Astro's message + hint). */
export interface GraphProblem {
  kind: GraphProblemKind;
  /** The scene or ending concerned, when there is one. */
  sceneId?: string;
  /** The choice concerned, when there is one. */
  choiceId?: string;
  /** What is wrong, naming the scene (and choice) in the author's ids. */
  message: string;
  /** What to do about it, in plain words. */
  hint: string;
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function listQuoted(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `0`, `0 or 1`, `0, 1 or 2`; long lists are cut short. */
export function listValues(values: readonly number[]): string {
  const shown = values.length > 8 ? [...values.slice(0, 7).map(String), '…'] : values.map(String);
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** `trust is 0`, `trust is 0 and asked is 1`. */
export function describeValues(pairs: readonly (readonly [name: string, value: number])[]): string {
  return pairs.map(([name, value]) => `${name} is ${value}`).join(' and ');
}
