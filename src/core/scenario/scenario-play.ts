import { conditionsHold } from './condition';
import type { ChoiceDef, PlayState, ScenarioDefinition } from './scenario-definition';
import { findScene } from './scene-index';
import { addScores } from './score-change';
import { applyVariableChanges, initialVariables } from './variable-change';

/** The state every play begins in: the start scene, initial variables, no points. */
export function startScenario(scenario: ScenarioDefinition): PlayState {
  return {
    sceneId: scenario.start,
    variables: initialVariables(scenario.variables),
    path: [],
    scores: Object.fromEntries(scenario.dimensions.map((dimension) => [dimension, 0])),
  };
}

/** A new play from the start; the same as startScenario, named for the learner's "Start again". */
export function restart(scenario: ScenarioDefinition): PlayState {
  return startScenario(scenario);
}

/** Whether the play has reached an ending (and so shows the debrief). */
export function isEnding(scenario: ScenarioDefinition, state: PlayState): boolean {
  return findScene(scenario, state.sceneId)?.kind === 'ending';
}

/** The current scene's choices whose conditions hold now, in authored order; none at an ending. */
export function availableChoices(scenario: ScenarioDefinition, state: PlayState): ChoiceDef[] {
  const scene = findScene(scenario, state.sceneId);
  if (scene === undefined || scene.kind === 'ending') return [];
  return scene.choices.filter((choice) => conditionsHold(choice.when, state.variables));
}

/** The state after taking a choice. Throws RangeError when the choice is not available now. */
export function choose(scenario: ScenarioDefinition, state: PlayState, choiceId: string): PlayState {
  const choice = availableChoices(scenario, state).find((candidate) => candidate.id === choiceId);
  if (choice === undefined) {
    throw new RangeError(`Choice "${choiceId}" is not available in scene "${state.sceneId}" of scenario "${scenario.id}"`);
  }
  return {
    sceneId: choice.to,
    variables: applyVariableChanges(choice.sets, state.variables, scenario.variables),
    path: [...state.path, choice.id],
    scores: addScores(state.scores, choice.scores),
  };
}

/**
 * The state reached by taking these choices from the start, as far as they can still be taken:
 * a path saved before the author changed the scenario resumes where it stops making sense.
 */
export function replayPath(scenario: ScenarioDefinition, path: readonly string[]): PlayState {
  let state = startScenario(scenario);
  for (const choiceId of path) {
    if (!availableChoices(scenario, state).some((choice) => choice.id === choiceId)) break;
    state = choose(scenario, state, choiceId);
  }
  return state;
}

/** The state before the last choice (replayed from the start, so variables and points are exact); the start stays the start. */
export function back(scenario: ScenarioDefinition, state: PlayState): PlayState {
  return replayPath(scenario, state.path.slice(0, -1));
}
