import type { ChoiceDef, PlayState, ScenarioDefinition, SceneDef } from '../../../src/core/scenario/scenario-definition';
import { availableChoices, choose, isEnding, replayPath, startScenario } from '../../../src/core/scenario/scenario-play';
import { findScene } from '../../../src/core/scenario/scene-index';
import { defined } from '../../support/defined';

// Paths through a scenario planned with the core's own stepping (startScenario, availableChoices,
// choose, isEnding), so the tests follow the scenario when authors add, move or change choices.

/** A way through a scenario: the choice ids to take from the start, and where they lead. */
export interface PlannedPath {
  choiceIds: string[];
  /** The state after the last choice. */
  state: PlayState;
}

/** Where a choice leads when the learner is in `state`: the author's pick of the next choice. */
export type PickChoice = (state: PlayState, available: readonly ChoiceDef[]) => string;

const situation = (state: PlayState) => `${state.sceneId} ${JSON.stringify(state.variables)}`;

/**
 * Breadth-first over situations (scene and variable values), so each situation is reached by one
 * of its shortest paths; `visit` sees every state once, in order of path length, and may stop the
 * search by returning true.
 */
function searchStates(scenario: ScenarioDefinition, visit: (state: PlayState) => boolean, start = startScenario(scenario), limit = 100_000): void {
  const seen = new Set([situation(start)]);
  const queue = [start];
  while (queue.length > 0) {
    if (seen.size > limit) throw new Error(`Scenario "${scenario.id}" has more than ${limit} situations to search.`);
    const state = defined(queue.shift(), 'a state in the queue');
    if (visit(state)) return;
    for (const choice of availableChoices(scenario, state)) {
      const next = choose(scenario, state, choice.id);
      if (seen.has(situation(next))) continue;
      seen.add(situation(next));
      queue.push(next);
    }
  }
}

const planned = (state: PlayState): PlannedPath => ({ choiceIds: [...state.path], state });

/** A shortest path from the start to each of two different endings (the two nearest, in search order). */
export function findPathsToTwoEndings(scenario: ScenarioDefinition): [PlannedPath, PlannedPath] {
  const found = new Map<string, PlannedPath>();
  searchStates(scenario, (state) => {
    if (isEnding(scenario, state) && !found.has(state.sceneId)) found.set(state.sceneId, planned(state));
    return found.size === 2;
  });
  const [first, second] = [...found.values()];
  if (!first || !second) throw new Error(`Scenario "${scenario.id}" has fewer than two reachable endings.`);
  return [first, second];
}

/** A shortest path from `from` (the start by default) to any ending, or to the nearest ending `accept` takes. */
export function findPathToEnding(scenario: ScenarioDefinition, from: readonly string[] = [], accept: (ending: SceneDef) => boolean = () => true): PlannedPath {
  let found: PlannedPath | undefined;
  const prefix = replayPath(scenario, from);
  if (prefix.path.length !== from.length) throw new Error(`Scenario "${scenario.id}" cannot take the path ${from.join(' → ')}.`);
  searchStates(scenario, (state) => {
    if (!isEnding(scenario, state) || !accept(defined(findScene(scenario, state.sceneId), `scene ${state.sceneId}`))) return false;
    found = planned(state);
    return true;
  }, prefix);
  if (!found) throw new Error(`Scenario "${scenario.id}" has no fitting ending reachable after ${from.join(' → ') || 'the start'}.`);
  return found;
}

/** A state's points summed over the scenario's dimensions, as a score scenario's outcome counts them. */
export function totalPoints(scenario: ScenarioDefinition, state: PlayState): number {
  return [...new Set(scenario.dimensions)].reduce((sum, dimension) => sum + (state.scores[dimension] ?? 0), 0);
}

/**
 * Every play from the start to an ending that never comes back to a situation it was already in
 * (depth-first); `visit` sees each ending state. These are the plays a score scenario's points are
 * measured against: its lowest and highest totals.
 */
function walkLoopFreePlays(scenario: ScenarioDefinition, visit: (ending: PlayState) => void, limit = 100_000): void {
  let visited = 0;
  const walk = (state: PlayState, onPath: Set<string>) => {
    if (++visited > limit) throw new Error(`Scenario "${scenario.id}" has more than ${limit} plays to walk.`);
    if (isEnding(scenario, state)) {
      visit(state);
      return;
    }
    for (const choice of availableChoices(scenario, state)) {
      const next = choose(scenario, state, choice.id);
      if (onPath.has(situation(next))) continue;
      walk(next, new Set(onPath).add(situation(next)));
    }
  };
  const start = startScenario(scenario);
  walk(start, new Set([situation(start)]));
}

/**
 * The lowest and highest total any ending allows, as the README's tracking rules define them: at
 * each ending, each dimension's lowest (highest) points over the loop-free plays that reach it,
 * summed; then the lowest (highest) of those sums over the endings.
 */
export function findTotalRange(scenario: ScenarioDefinition): { lowest: number; highest: number } {
  const byEnding = new Map<string, Map<string, { min: number; max: number }>>();
  walkLoopFreePlays(scenario, (ending) => {
    const ranges = byEnding.get(ending.sceneId) ?? new Map<string, { min: number; max: number }>();
    byEnding.set(ending.sceneId, ranges);
    for (const dimension of new Set(scenario.dimensions)) {
      const points = ending.scores[dimension] ?? 0;
      const range = ranges.get(dimension);
      ranges.set(dimension, range ? { min: Math.min(range.min, points), max: Math.max(range.max, points) } : { min: points, max: points });
    }
  });
  if (byEnding.size === 0) throw new Error(`Scenario "${scenario.id}" has no reachable ending.`);
  const sums = [...byEnding.values()].map((ranges) => [...ranges.values()].reduce((sum, range) => ({ min: sum.min + range.min, max: sum.max + range.max }), { min: 0, max: 0 }));
  return { lowest: Math.min(...sums.map((sum) => sum.min)), highest: Math.max(...sums.map((sum) => sum.max)) };
}

/**
 * A play with the highest total (the shortest such play). It earns a score scenario its full weight
 * when it reaches the highest total any ending allows (findTotalRange), which authors of score
 * scenarios make sure of.
 */
export function findBestScoringPath(scenario: ScenarioDefinition): PlannedPath {
  let best: PlayState | undefined;
  walkLoopFreePlays(scenario, (ending) => {
    const better = best === undefined || totalPoints(scenario, ending) > totalPoints(scenario, best) ||
      (totalPoints(scenario, ending) === totalPoints(scenario, best) && ending.path.length < best.path.length);
    if (better) best = ending;
  });
  if (!best) throw new Error(`Scenario "${scenario.id}" has no reachable ending.`);
  return planned(best);
}

/** Follows a path planned from the start; the state tells how far along it the learner is. */
export function followPath(choiceIds: readonly string[]): PickChoice {
  return (state) => {
    const choiceId = choiceIds[state.path.length];
    if (choiceId === undefined) throw new Error(`The planned path ${choiceIds.join(' → ')} ends before an ending.`);
    return choiceId;
  };
}

const sameChoices = (first: readonly ChoiceDef[], second: readonly ChoiceDef[]) =>
  first.length === second.length && first.every((choice, index) => choice.id === second[index]?.id);

/**
 * A place mid-scenario where the variables decide what is offered: the choices available there
 * differ from those the same scene would offer with the starting values. Reloading there shows
 * whether the variables came back, not just the scene. Undefined when no scene's offer depends on
 * the variables.
 */
export function findPlaceWhereVariablesMatter(scenario: ScenarioDefinition): PlannedPath | undefined {
  const initial = startScenario(scenario).variables;
  let found: PlannedPath | undefined;
  searchStates(scenario, (state) => {
    if (state.path.length === 0 || isEnding(scenario, state)) return false;
    if (sameChoices(availableChoices(scenario, state), availableChoices(scenario, { ...state, variables: initial }))) return false;
    found = planned(state);
    return true;
  });
  return found;
}

/** The choice's position among its scene's authored choices (what SCORM 1.2 receives as one character). */
export function authoredPosition(scenario: ScenarioDefinition, sceneId: string, choiceId: string): number {
  const position = findScene(scenario, sceneId)?.choices.findIndex((choice) => choice.id === choiceId) ?? -1;
  if (position < 0) throw new Error(`Scenario "${scenario.id}" has no choice "${choiceId}" in scene "${sceneId}".`);
  return position;
}
