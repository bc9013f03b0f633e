import type { ScenarioState } from '../../core/scenario/scenario-state';
import type { InteractionRecord } from '../../core/scorm/interaction';

/** What the player needs from the course's tracking, once it is connected. */
export interface ScenarioConnection {
  /** The saved place is loaded (or tracking is known to be unreachable); before that no choice is taken. */
  ready: boolean;
  /** Steps are being saved; false when the course tracking could not be reached or refused a save. */
  saving: boolean;
  /** What the course kept of this scenario, read once on connecting. */
  saved: ScenarioState | undefined;
  /** Saves the learner's place; the interactions go to the LMS journal. Never given reflections. */
  save: (state: ScenarioState, interactions: readonly InteractionRecord[]) => void;
}
