import type { ScenarioDefinition } from '../scenario/scenario-definition';

/**
 * What the suspend_data codec needs of a scenario, and what the course JSON carries for it (a
 * PlannedScenario fits): the ids a saved play points at. Scenes, text and the graph stay on the
 * scenario's own page, where the player replays a restored path against them.
 */
export interface ScenarioStateShape {
  id: string;
  /** Every choice id of every scene, authored order, once each. */
  choiceIds: readonly string[];
  /** Every ending id, authored order, once each. */
  endingIds: readonly string[];
  /** Rubric dimensions, declared order, once each. */
  dimensions: readonly string[];
  /** Most choices a play can take, when no loop lets it go on; a saved path never needs more. */
  longestPlay?: number;
}

/** The shape of a scenario as the build reads it (for code that has the whole definition). */
export function toScenarioStateShape(scenario: ScenarioDefinition, longestPlay?: number): ScenarioStateShape {
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  return {
    id: scenario.id,
    choiceIds: unique(scenario.scenes.flatMap((scene) => scene.choices.map((choice) => choice.id))),
    endingIds: unique(scenario.scenes.filter((scene) => scene.kind === 'ending').map((ending) => ending.id)),
    dimensions: unique(scenario.dimensions),
    ...(longestPlay === undefined ? {} : { longestPlay }),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Guards a scenario read from the page's course JSON before the codec trusts it. */
export function isScenarioStateShape(value: unknown): value is ScenarioStateShape {
  if (!isRecord(value) || typeof value.id !== 'string') return false;
  const { longestPlay } = value;
  return isStrings(value.choiceIds) && isStrings(value.endingIds) && isStrings(value.dimensions) &&
    (longestPlay === undefined || (Number.isInteger(longestPlay) && (longestPlay as number) >= 0));
}
