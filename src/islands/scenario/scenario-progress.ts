import type { ChoiceDef, PlayState, ScenarioDefinition } from '../../core/scenario/scenario-definition';
import { toDecisionInteraction, toOutcomeInteraction } from '../../core/scenario/scenario-interaction';
import { availableChoices, back, choose, isEnding, replayPath, restart } from '../../core/scenario/scenario-play';
import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { InteractionRecord } from '../../core/scorm/interaction';

/** Where the learner is, as the player shows it: the play, and what the course keeps beyond it. */
export interface ScenarioProgress {
  play: PlayState;
  endingsReached: readonly string[];
  lastOutcome: ScenarioState['lastOutcome'];
  /**
   * The choice just taken while its feedback shows, and the scene it was taken in (still on
   * screen). The play has already moved on: "Continue" only changes the view.
   */
  feedback?: { choice: ChoiceDef; fromSceneId: string };
}

/** A step the learner took, what the course should keep, and what the LMS journal gets. */
export interface ScenarioStep {
  progress: ScenarioProgress;
  state: ScenarioState;
  interactions: InteractionRecord[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The learner's saved place, replayed from the start (as far as the path still makes sense), or a fresh start. */
export function progressFromSaved(scenario: ScenarioDefinition, saved: ScenarioState | undefined): ScenarioProgress {
  const path = isStringList(saved?.path) ? saved.path : [];
  return {
    play: replayPath(scenario, path),
    endingsReached: isStringList(saved?.endingsReached) ? saved.endingsReached : [],
    lastOutcome: saved?.lastOutcome,
  };
}

/** What the course keeps of this progress (suspend_data): never reflections, never free text. */
export function toScenarioState(progress: ScenarioProgress): ScenarioState {
  const state: ScenarioState = { path: [...progress.play.path], endingsReached: [...progress.endingsReached] };
  if (progress.lastOutcome) state.lastOutcome = progress.lastOutcome;
  return state;
}

/**
 * Takes an available choice: one decision interaction, and on reaching an ending also the outcome,
 * the ending added to those found and the outcome kept as the latest. Feedback, if the author wrote
 * some, shows before the next scene.
 */
export function takeChoice(
  scenario: ScenarioDefinition,
  progress: ScenarioProgress,
  choiceId: string,
  context: { courseId: string; timestamp: Date; latencyMilliseconds?: number },
): ScenarioStep {
  const from = progress.play;
  const choice = availableChoices(scenario, from).find((candidate) => candidate.id === choiceId);
  const play = choose(scenario, from, choiceId);
  const interactions = [toDecisionInteraction({ ...context, scenario, sceneId: from.sceneId, choiceId })];
  let { endingsReached, lastOutcome } = progress;
  if (isEnding(scenario, play)) {
    interactions.push(toOutcomeInteraction({ courseId: context.courseId, scenario, state: play, timestamp: context.timestamp }));
    if (!endingsReached.includes(play.sceneId)) endingsReached = [...endingsReached, play.sceneId];
    lastOutcome = { endingId: play.sceneId, scores: { ...play.scores } };
  }
  const next: ScenarioProgress = { play, endingsReached, lastOutcome };
  if (choice?.feedback) next.feedback = { choice, fromSceneId: from.sceneId };
  return { progress: next, state: toScenarioState(next), interactions };
}

/** Leaves the feedback for the scene the choice led to. */
export function continueAfterFeedback(progress: ScenarioProgress): ScenarioProgress {
  const { feedback: _feedback, ...rest } = progress;
  return rest;
}

/** Undoes the last choice (while its feedback shows, that choice); endings found stay found. */
export function stepBack(scenario: ScenarioDefinition, progress: ScenarioProgress): ScenarioStep {
  const next: ScenarioProgress = { ...continueAfterFeedback(progress), play: back(scenario, progress.play) };
  return { progress: next, state: toScenarioState(next), interactions: [] };
}

/** A new play from the start; endings found and the latest outcome stay. */
export function startOver(scenario: ScenarioDefinition, progress: ScenarioProgress): ScenarioStep {
  const next: ScenarioProgress = { ...continueAfterFeedback(progress), play: restart(scenario) };
  return { progress: next, state: toScenarioState(next), interactions: [] };
}
