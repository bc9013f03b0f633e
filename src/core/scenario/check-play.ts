import type { StructureFindings } from './check-structure';
import { conditionsHold, formatConditions } from './condition';
import { describeValues, listQuoted, listValues, type GraphProblem } from './graph-problem';
import { findClosedCycles, findReachable, reverseGraph } from './graph-search';
import type { ChoiceDef, ScenarioDefinition, SceneDef } from './scenario-definition';
import { indexScenes } from './scene-index';
import type { ExploredState, StateSpace } from './state-space';

type Pairs = [name: string, value: number][];

/**
 * Checks that follow the variables through every situation a play can reach: choices never offered,
 * scenes never reached, situations with no choice, loops that conditions close. Problems the scene
 * graph already shows (see checkStructure) are not repeated.
 */
export function checkPlay(scenario: ScenarioDefinition, space: StateSpace, structure: StructureFindings, reported: ReadonlySet<string>): GraphProblem[] {
  const scenes = indexScenes(scenario);
  const variables = (state: ExploredState) => Object.fromEntries(space.variableIds.map((id, index) => [id, state.values[index] as number]));
  const valuesOf = (state: ExploredState, names: readonly string[]): Pairs =>
    space.variableIds.flatMap((id, index): Pairs => (names.includes(id) ? [[id, state.values[index] as number]] : []));
  const testedIn = (choices: readonly ChoiceDef[]) => [...new Set(choices.flatMap((choice) => choice.when.map((condition) => condition.variable)))];
  const statesAt = new Map<string, ExploredState[]>();
  for (const state of space.states) {
    const found = statesAt.get(state.sceneId);
    if (found === undefined) statesAt.set(state.sceneId, [state]);
    else found.push(state);
  }
  const problems: GraphProblem[] = [];

  for (const sceneId of structure.reachable) {
    if (statesAt.has(sceneId)) continue;
    problems.push({
      kind: 'unreachable-scene', sceneId,
      message: `${scenes.get(sceneId)?.kind === 'ending' ? 'Ending' : 'Scene'} "${sceneId}" is never reached in play: every way to it depends on a condition that never holds.`,
      hint: `Check the when="…" conditions on the choices with to="${sceneId}", and on the way to them.`,
    });
  }
  for (const [sceneId, states] of statesAt) {
    const scene = scenes.get(sceneId) as SceneDef;
    if (scene.kind === 'ending') continue;
    for (const choice of scene.choices) {
      const key = `${sceneId}/${choice.id}`;
      if (reported.has(key) || states.some((state) => conditionsHold(choice.when, variables(state)))) continue;
      problems.push({
        kind: 'condition-never-holds', sceneId, choiceId: choice.id,
        message: `Choice "${choice.id}" in scene "${sceneId}" is never offered: when="${formatConditions(choice.when)}" never holds there, because when a learner reaches "${sceneId}", ${describeSeen(states.map((state) => valuesOf(state, testedIn([choice]))))}.`,
        hint: `Change the condition, or change sets="…" on a way to "${sceneId}" so that it can hold; otherwise remove the choice.`,
      });
    }
    const stuck = states.filter((state) => scene.choices.length > 0 && !scene.choices.some((choice) => conditionsHold(choice.when, variables(state))));
    if (stuck.length === 0) continue;
    const situations = [...new Set(stuck.map((state) => describeValues(valuesOf(state, testedIn(scene.choices)))))].filter((text) => text !== '');
    const when = situations.length === 0 ? '' : `, when ${situations.slice(0, 3).join(', or when ')}${situations.length > 3 ? ' (and more)' : ''},`;
    problems.push({
      kind: 'no-choice-available', sceneId,
      message: `In scene "${sceneId}"${when} every choice's condition fails: no choice is offered and the learner is stuck.`,
      hint: 'Add a choice without a when="…" condition, or change the conditions so that at least one always holds.',
    });
  }
  problems.push(...checkTraps(scenario, space, structure, (state, names) => describeValues(valuesOf(state, names)), testedIn));
  return problems;
}

function byValues(a: Pairs, b: Pairs): number {
  const difference = a.findIndex((pair, index) => pair[1] !== b[index]?.[1]);
  return difference === -1 ? 0 : (a[difference]?.[1] as number) - (b[difference]?.[1] as number);
}

function describeSeen(seen: readonly Pairs[]): string {
  const [first] = seen;
  if (first === undefined || first.length === 0) return 'nothing it tests changes';
  if (first.length === 1) {
    const values = [...new Set(seen.map((pairs) => (pairs[0] as [string, number])[1]))].sort((a, b) => a - b);
    return `${first[0]?.[0]} is only ever ${listValues(values)}`;
  }
  const combinations = [...new Set([...seen].sort(byValues).map((pairs) => pairs.map(([name, value]) => `${name} ${value}`).join(' with ')))];
  return `the values it tests only ever come as ${combinations.slice(0, 4).join(', or ')}${combinations.length > 4 ? ', …' : ''}`;
}

function checkTraps(
  scenario: ScenarioDefinition, space: StateSpace, structure: StructureFindings,
  describe: (state: ExploredState, names: readonly string[]) => string, testedIn: (choices: readonly ChoiceDef[]) => string[],
): GraphProblem[] {
  const scenes = indexScenes(scenario);
  const successors = space.transitions.map((transitions) => transitions.map((transition) => transition.to));
  const endings = space.states.flatMap((state, index) => (scenes.get(state.sceneId)?.kind === 'ending' ? [index] : []));
  if (endings.length === 0) {
    return structure.endingReachable
      ? [{
        kind: 'no-reachable-ending', sceneId: scenario.start,
        message: `No ending can be reached in play from the start scene "${scenario.start}": conditions block every way to an ending.`,
        hint: 'Check the when="…" conditions on the choices that lead towards the endings, and the sets="…" before them.',
      }]
      : [];
  }
  const leadsToEnding = findReachable(reverseGraph(successors), endings);
  const seen = new Set<string>();
  return findClosedCycles(successors, leadsToEnding.map((leads) => !leads)).flatMap((cycle): GraphProblem[] => {
    const inCycle = new Set(cycle.map((index) => (space.states[index] as ExploredState).sceneId));
    const sceneIds = scenario.scenes.map((scene) => scene.id).filter((id, index, all) => inCycle.has(id) && all.indexOf(id) === index);
    const key = sceneIds.join(' ');
    if (seen.has(key) || sceneIds.every((id) => structure.inLoops.has(id))) return [];
    seen.add(key);
    const values = describe(space.states[cycle[0] as number] as ExploredState, testedIn(sceneIds.flatMap((id) => scenes.get(id)?.choices ?? [])));
    return [{
      kind: 'loop-without-exit', sceneId: sceneIds[0],
      message: `${sceneIds.length === 1 ? 'Scene' : 'Scenes'} ${listQuoted(sceneIds)} can trap the learner: once there${values === '' ? '' : ` when ${values}`}, no choice leads on to an ending.`,
      hint: 'Keep a way out open: add a choice without a condition that leads towards an ending, or change sets="…" inside the loop so that a condition on a way out can hold.',
    }];
  });
}
