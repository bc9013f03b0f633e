import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { readCourseTracker, whenCourseTrackerReady } from '../scorm/start-course-tracking';

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

/**
 * Waits for the course tracker of this launch. Rejects when the page has no course tracking, so
 * the player can say its progress is not kept rather than pretend it is.
 */
export async function connectScenarioSession(): Promise<ScenarioSession> {
  const connected = await whenCourseTrackerReady();
  if (!connected) throw new Error('Course tracking is not running on this page, so scenario progress cannot be saved.');
  // After "Save and exit" on the plain website the next page load starts another local session
  // from the same saved state: each call goes to the one running now.
  const tracker = () => readCourseTracker() ?? connected;
  return {
    readScenarioState: (scenarioId) => tracker().readScenarioState(scenarioId),
    saveScenario: (scenarioId, state, interactions) => tracker().saveScenario(scenarioId, state, interactions),
  };
}
