/** What the course keeps of one scenario for one learner (saved in suspend_data). */
export interface ScenarioState {
  /** Choice ids taken in the current play, from the start scene; replayed to restore scene and variables. */
  path: string[];
  /** Endings reached in any play so far, in the order first reached. */
  endingsReached: string[];
  /** The latest ending reached, with the dimension scores of that play (what counts toward a score). */
  lastOutcome?: { endingId: string; scores: Record<string, number> };
}
