import { didYouMean } from './did-you-mean';
import { findClosedCycles, findReachable, reverseGraph } from './graph-search';
import { listQuoted, type GraphProblem } from './graph-problem';
import type { ScenarioDefinition, SceneDef } from './scenario-definition';
import { indexScenes } from './scene-index';

// SCORM 1.2 writes a choice response as one character, 0–9 then a–z (see interaction-response.ts).
const MOST_CHOICES_12 = 36;

/** What the scene graph (choices, ignoring their conditions) says, for the checks that follow play. */
export interface StructureFindings {
  problems: GraphProblem[];
  /** Scenes and endings some path of choices leads to from the start. */
  reachable: ReadonlySet<string>;
  /** Scenes already reported as part of a loop with no way out. */
  inLoops: ReadonlySet<string>;
  /** Whether the start scene exists and is a Scene. */
  startsWell: boolean;
  /** Whether some path of choices leads from the start to an ending. */
  endingReachable: boolean;
}

const named = (scene: SceneDef) => `${scene.kind === 'ending' ? 'Ending' : 'Scene'} "${scene.id}"`;

function checkStart(scenario: ScenarioDefinition, scenes: Map<string, SceneDef>): GraphProblem[] {
  const start = scenes.get(scenario.start);
  const sceneIds = [...scenes.values()].filter((scene) => scene.kind === 'scene').map((scene) => scene.id);
  if (sceneIds.length === 0) {
    return [{ kind: 'no-scenes', message: 'The scenario has no scenes.', hint: 'Add at least one <Scene> with choices, and an <Ending> they lead to.' }];
  }
  if (start === undefined) {
    return [{
      kind: 'missing-start', sceneId: scenario.start,
      message: `The scenario starts at "${scenario.start}", which is not a Scene in it.`,
      hint: `Set start="…" to the id of a Scene${didYouMean(scenario.start, sceneIds)}, or leave start out to begin with the first Scene.`,
    }];
  }
  if (start.kind === 'ending') {
    return [{
      kind: 'start-at-ending', sceneId: start.id,
      message: `The scenario starts at "${start.id}", which is an Ending, so there is nothing to choose.`,
      hint: 'Set start="…" to the id of a Scene, or leave start out to begin with the first Scene.',
    }];
  }
  return [];
}

function checkScene(scene: SceneDef, scenes: Map<string, SceneDef>): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (scene.kind === 'scene' && scene.choices.length === 0) {
    problems.push({
      kind: 'dead-end', sceneId: scene.id,
      message: `Scene "${scene.id}" has no choices, so a learner who gets there is stuck.`,
      hint: 'Add a <Choice to="…"> that leads on, or make it an <Ending> with a debrief.',
    });
  }
  if (scene.kind === 'ending' && scene.choices.length > 0) {
    problems.push({
      kind: 'ending-with-choices', sceneId: scene.id,
      message: `Ending "${scene.id}" has choices, but a play stops at an ending.`,
      hint: `Move the choices into a <Scene>, or make "${scene.id}" a Scene that leads to an Ending.`,
    });
  }
  if (scene.choices.length > MOST_CHOICES_12) {
    problems.push({
      kind: 'too-many-choices', sceneId: scene.id,
      message: `Scene "${scene.id}" has ${scene.choices.length} choices; SCORM 1.2 can record at most ${MOST_CHOICES_12} for one decision.`,
      hint: 'Split the decision over two scenes.',
    });
  }
  for (const choice of scene.choices) {
    if (scenes.has(choice.to)) continue;
    problems.push({
      kind: 'dangling-target', sceneId: scene.id, choiceId: choice.id,
      message: `Choice "${choice.id}" in scene "${scene.id}" leads to "${choice.to}", which is not a Scene or Ending in this scenario.`,
      hint: `Change to="${choice.to}" to the id of a Scene or Ending${didYouMean(choice.to, [...scenes.keys()])}, or add one with id="${choice.to}".`,
    });
  }
  return problems;
}

/** Checks on the scene graph alone: start, dangling targets, dead ends, unreachable scenes, loops, endings. */
export function checkStructure(scenario: ScenarioDefinition): StructureFindings {
  const scenes = indexScenes(scenario);
  const nodes = [...scenes.values()];
  const indexOf = new Map(nodes.map((scene, index) => [scene.id, index]));
  // Endings stop a play, so their (mistaken) choices lead nowhere.
  const successors = nodes.map((scene) =>
    scene.kind === 'ending' ? [] : scene.choices.flatMap((choice) => (indexOf.has(choice.to) ? [indexOf.get(choice.to) as number] : [])));
  const startProblems = checkStart(scenario, scenes);
  const problems = [...startProblems, ...nodes.flatMap((scene) => checkScene(scene, scenes))];
  const startsWell = startProblems.length === 0;
  const start = indexOf.get(scenario.start);
  const reached = findReachable(successors, startsWell && start !== undefined ? [start] : []);
  const endings = nodes.flatMap((scene, index) => (scene.kind === 'ending' ? [index] : []));
  const leadsToEnding = findReachable(reverseGraph(successors), endings);
  const endingReachable = endings.some((index) => reached[index]);
  const loops = findClosedCycles(successors, nodes.map((_, index) => reached[index] === true && !leadsToEnding[index]));
  const loopIds = loops.map((loop) => loop.map((index) => (nodes[index] as SceneDef).id));

  if (startsWell) {
    for (const [index, scene] of nodes.entries()) {
      if (reached[index]) continue;
      problems.push({
        kind: 'unreachable-scene', sceneId: scene.id,
        message: `${named(scene)} cannot be reached: no path of choices leads to it from the start scene "${scenario.start}".`,
        hint: `Add a choice with to="${scene.id}" in a scene the learner can reach, or remove "${scene.id}".`,
      });
    }
    for (const ids of loopIds) problems.push(describeLoop(ids));
    if (!endingReachable) {
      problems.push(endings.length === 0
        ? { kind: 'no-reachable-ending', message: 'The scenario has no <Ending>, so no play can finish.', hint: 'Add at least one <Ending id="…" title="…"> with a debrief, and choices that lead to it.' }
        : {
          kind: 'no-reachable-ending', sceneId: scenario.start,
          message: `No ending can be reached from the start scene "${scenario.start}".`,
          hint: 'Add a choice that leads to an Ending from a scene the learner can reach.',
        });
    }
  }
  return {
    problems, startsWell, endingReachable,
    reachable: new Set(nodes.filter((_, index) => reached[index]).map((scene) => scene.id)),
    inLoops: new Set(loopIds.flat()),
  };
}

function describeLoop(sceneIds: readonly string[]): GraphProblem {
  const [first] = sceneIds as [string];
  return {
    kind: 'loop-without-exit', sceneId: first,
    message: sceneIds.length === 1
      ? `Scene "${first}" only leads back to itself, so a learner who gets there can never reach an ending.`
      : `Scenes ${listQuoted(sceneIds)} only lead to each other, so a learner who gets there can never reach an ending.`,
    hint: `Add a choice in ${sceneIds.length === 1 ? 'it' : 'one of them'} that leads to an Ending, or to a scene that leads to one.`,
  };
}
