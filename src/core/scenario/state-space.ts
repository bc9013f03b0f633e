import { conditionHolds } from './condition';
import type { ChoiceDef, ScenarioDefinition, VariableDef } from './scenario-definition';
import { indexScenes } from './scene-index';
import { applyVariableChange, clampToRange, indexVariables } from './variable-change';

/** How many (scene, variables) states the checks explore before giving up. */
export const DEFAULT_STATE_LIMIT = 100_000;

/** A situation a learner can be in: a scene with particular variable values. */
export interface ExploredState {
  sceneId: string;
  /** Values of the declared variables, in the order of StateSpace.variableIds. */
  values: readonly number[];
}

/** Taking an available choice from one state leads to another. */
export interface StateTransition {
  choice: ChoiceDef;
  /** Index of the state reached. */
  to: number;
}

/** Every situation a play can reach, found breadth-first from the start (index 0). */
export interface StateSpace {
  variableIds: readonly string[];
  states: ExploredState[];
  /** Per state, its available choices that lead to an existing scene; none at an ending. */
  transitions: StateTransition[][];
  /** False when the limit stopped the search; the states found so far are then only part of the story. */
  complete: boolean;
}

/**
 * Variables are small bounded whole numbers, so the situations are finite: explore them all, up to
 * `stateLimit`. Uses the same rules as play: conditions read undeclared variables as 0, changes to
 * undeclared variables are ignored, values are clamped. No states when the start scene does not exist.
 */
export function exploreStateSpace(scenario: ScenarioDefinition, stateLimit = DEFAULT_STATE_LIMIT): StateSpace {
  const scenes = indexScenes(scenario);
  const variables = [...indexVariables(scenario.variables).values()];
  const position = new Map(variables.map((variable, index) => [variable.id, index]));
  const read = (values: readonly number[], id: string) => {
    const index = position.get(id);
    return index === undefined ? 0 : (values[index] as number);
  };
  const space: StateSpace = { variableIds: variables.map((variable) => variable.id), states: [], transitions: [], complete: true };
  const known = new Map<string, number>();
  const find = (sceneId: string, values: readonly number[]): number | undefined => {
    const key = `${sceneId}|${values.join(',')}`;
    const found = known.get(key);
    if (found !== undefined) return found;
    if (space.states.length >= stateLimit) return undefined;
    known.set(key, space.states.length);
    space.states.push({ sceneId, values });
    return space.states.length - 1;
  };
  if (!scenes.has(scenario.start)) return space;
  find(scenario.start, variables.map((variable) => clampToRange(variable.initial, variable)));

  for (let current = 0; current < space.states.length && space.complete; current++) {
    const { sceneId, values } = space.states[current] as ExploredState;
    const scene = scenes.get(sceneId);
    const transitions: StateTransition[] = [];
    space.transitions.push(transitions);
    if (scene === undefined || scene.kind === 'ending') continue;
    for (const choice of scene.choices) {
      if (!scenes.has(choice.to) || !choice.when.every((condition) => conditionHolds(condition, read(values, condition.variable)))) continue;
      const next = [...values];
      for (const change of choice.sets) {
        const index = position.get(change.variable);
        if (index !== undefined) next[index] = applyVariableChange(change, next[index] as number, variables[index] as VariableDef);
      }
      const to = find(choice.to, next);
      if (to === undefined) {
        space.complete = false;
        break;
      }
      transitions.push({ choice, to });
    }
  }
  // States found but not yet expanded when the limit struck still get an (empty) transition list.
  while (space.transitions.length < space.states.length) space.transitions.push([]);
  return space;
}
