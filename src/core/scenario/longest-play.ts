import { findStronglyConnected, isCyclic } from './graph-search';
import type { ScenarioDefinition } from './scenario-definition';
import { DEFAULT_STATE_LIMIT, exploreStateSpace } from './state-space';

/**
 * The most choices one play can take from the start, or undefined when there is no such bound: a
 * loop a learner can go round (coming back to a situation, the same scene with the same variable
 * values) or more situations than `stateLimit`. Saved state reserves room for this many choices.
 */
export function longestPlay(scenario: ScenarioDefinition, stateLimit = DEFAULT_STATE_LIMIT): number | undefined {
  const space = exploreStateSpace(scenario, stateLimit);
  if (!space.complete) return undefined;
  const successors = space.transitions.map((transitions) => transitions.map((transition) => transition.to));
  // Every component comes after those it leads to: walking them in order, successors are done first.
  const components = findStronglyConnected(successors);
  if (components.some((component) => isCyclic(component, successors))) return undefined;
  const longest = new Array<number>(successors.length).fill(0);
  for (const [state] of components) {
    for (const next of successors[state as number] ?? []) longest[state as number] = Math.max(longest[state as number] as number, 1 + (longest[next] as number));
  }
  return longest[0] ?? 0;
}
