import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { connectRunningTracker } from '../scorm/running-tracker';

/** What a scenario player needs from course tracking. */
export interface ScenarioSession {
  /**
   * The scenario as saved, undefined before its first play. The path may name choices a
   * republished scenario no longer offers there: replay it (replayPath) rather than trust it.
   */
  readScenarioState(scenarioId: string): ScenarioState | undefined;
  /**
   * Saves the state (suspend_data), appends the interactions in order (the decision; with the
   * choice that reaches an ending, the outcome too), and re-assesses the course. "Back" and
   * "Start again" save the new path with no interaction.
   */
  saveScenario(scenarioId: string, state: ScenarioState, interactions: readonly InteractionRecord[]): void;
}

/** Connects a scenario player to this launch's course tracking (see connectRunningTracker). */
export async function connectScenarioSession(): Promise<ScenarioSession> {
  const tracker = await connectRunningTracker('scenario progress');
  return {
    readScenarioState: (scenarioId) => tracker().readScenarioState(scenarioId),
    saveScenario: (scenarioId, state, interactions) => tracker().saveScenario(scenarioId, state, interactions),
  };
}
