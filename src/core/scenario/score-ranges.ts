import { findStronglyConnected, isCyclic } from './graph-search';
import type { ChoiceDef, ScenarioDefinition } from './scenario-definition';
import { indexScenes } from './scene-index';
import { DEFAULT_STATE_LIMIT, exploreStateSpace, type StateTransition } from './state-space';

/** Lowest and highest points a dimension can have on arriving at an ending. */
export interface ScoreRange {
  min: number;
  max: number;
}

/** Per reachable ending id (authored order), per declared dimension, its range. */
export type ScoreRanges = Record<string, Record<string, ScoreRange>>;

/** How many steps the path enumeration inside loops may take before giving up. */
export const DEFAULT_PATH_STEP_LIMIT = 1_000_000;

interface Bounds {
  min: number[];
  max: number[];
}

const widen = (bounds: Bounds | undefined, base: Bounds, added: readonly number[]): Bounds => ({
  min: base.min.map((value, index) => Math.min(bounds?.min[index] ?? Infinity, value + (added[index] as number))),
  max: base.max.map((value, index) => Math.max(bounds?.max[index] ?? -Infinity, value + (added[index] as number))),
});

/**
 * For every ending a play can reach, the minimum and maximum of each dimension over all plays that
 * never repeat a situation (the same scene with the same variable values).
 *
 * The rule for loops: a play counted here may come back to a scene only with different variable
 * values, so a "try again" loop that sets a variable counts once, and one that sets none counts not
 * at all. A learner who does go round again can end outside these ranges, so code that normalises a
 * score by them must clamp. Without loops, this is every play.
 *
 * How: explore the situations (see exploreStateSpace); plays pass through the strongly connected
 * groups of situations in one order and never return to a group they left, so ranges flow group by
 * group, and only inside a group with a loop are its non-repeating paths enumerated.
 *
 * Throws RangeError when the scenario is too large for either limit; checkScenarioGraph reports both
 * as problems, so this never throws for a scenario that passed it with the same limits.
 */
export function scoreRanges(scenario: ScenarioDefinition, options: { stateLimit?: number; stepLimit?: number } = {}): ScoreRanges {
  const { stateLimit = DEFAULT_STATE_LIMIT, stepLimit = DEFAULT_PATH_STEP_LIMIT } = options;
  const space = exploreStateSpace(scenario, stateLimit);
  if (!space.complete) {
    throw new RangeError(`Scenario "${scenario.id}" has more than ${stateLimit} combinations of scene and variable values, too many to work out its score ranges`);
  }
  const dimensions = [...new Set(scenario.dimensions)];
  const zero = dimensions.map(() => 0);
  const points = (choice: ChoiceDef) => dimensions.map((dimension) => (Object.hasOwn(choice.scores, dimension) ? (choice.scores[dimension] as number) : 0));
  const successors = space.transitions.map((transitions) => transitions.map((transition) => transition.to));
  const groups = findStronglyConnected(successors).reverse();
  const groupOf = new Int32Array(space.states.length);
  groups.forEach((group, index) => group.forEach((state) => (groupOf[state] = index)));

  // entry: ranges on first arriving in a state's group; reach: ranges on arriving at the state itself.
  const entry: (Bounds | undefined)[] = [];
  const reach: (Bounds | undefined)[] = [];
  if (space.states.length > 0) entry[0] = { min: zero, max: zero };
  let steps = 0;
  const onPath = new Uint8Array(space.states.length);

  const walkInside = (group: number, from: number, base: Bounds) => {
    const frames: { state: number; next: number; sum: number[] }[] = [{ state: from, next: 0, sum: zero }];
    onPath[from] = 1;
    reach[from] = widen(reach[from], base, zero);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as (typeof frames)[number];
      const transition: StateTransition | undefined = space.transitions[frame.state]?.[frame.next++];
      if (transition === undefined) {
        onPath[frame.state] = 0;
        frames.pop();
        continue;
      }
      if (groupOf[transition.to] !== group || onPath[transition.to]) continue;
      if (++steps > stepLimit) {
        throw new RangeError(`Scenario "${scenario.id}" has more than ${stepLimit} steps of paths through its loops, too many to work out its score ranges`);
      }
      const sum = points(transition.choice).map((value, index) => value + (frame.sum[index] as number));
      reach[transition.to] = widen(reach[transition.to], base, sum);
      onPath[transition.to] = 1;
      frames.push({ state: transition.to, next: 0, sum });
    }
  };

  groups.forEach((group, index) => {
    if (!isCyclic(group, successors)) reach[group[0] as number] = entry[group[0] as number];
    else for (const state of group) if (entry[state] !== undefined) walkInside(index, state, entry[state]);
    for (const state of group) {
      const bounds = reach[state];
      if (bounds === undefined) continue;
      for (const transition of space.transitions[state] ?? []) {
        if (groupOf[transition.to] !== index) entry[transition.to] = widen(entry[transition.to], bounds, points(transition.choice));
      }
    }
  });

  const scenes = indexScenes(scenario);
  const ranges: ScoreRanges = {};
  for (const ending of [...scenes.values()].filter((scene) => scene.kind === 'ending')) {
    let bounds: Bounds | undefined;
    space.states.forEach((state, index) => {
      const arrived = reach[index];
      if (state.sceneId === ending.id && arrived !== undefined) bounds = widen(bounds, arrived, zero);
    });
    if (bounds === undefined) continue;
    const { min, max } = bounds;
    ranges[ending.id] = Object.fromEntries(dimensions.map((dimension, index) => [dimension, { min: min[index] as number, max: max[index] as number }]));
  }
  return ranges;
}
