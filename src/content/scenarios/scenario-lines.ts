/**
 * Where each part of one scenario was written, so that a problem the graph check finds in the
 * definition (which has no positions) can point at the line to fix. Lists keep every element
 * written with an id, in order: a repeated id points at its last use.
 */
export interface ScenarioLines {
  /** Line of the `<Scenario>`. */
  scenario?: number;
  /** Lines of the Scenes and Endings, by id. */
  scenes: Map<string, (number | undefined)[]>;
  /** Lines of the choices, by `sceneKey(sceneId, choiceId)`. */
  choices: Map<string, (number | undefined)[]>;
  /** Every `<Line>` of each scene, by scene id, with who speaks. */
  speakers: Map<string, { characterId: string; line?: number }[]>;
  /** Lines of the `<Character>` elements, by id. */
  characters: Map<string, (number | undefined)[]>;
  /** Lines of the `<Variable>` elements, by id. */
  variables: Map<string, (number | undefined)[]>;
}

export function createScenarioLines(scenario: number | undefined): ScenarioLines {
  return { scenario, scenes: new Map(), choices: new Map(), speakers: new Map(), characters: new Map(), variables: new Map() };
}

/** The key of a choice in ScenarioLines.choices. */
export function choiceKey(sceneId: string, choiceId: string): string {
  return `${sceneId}\n${choiceId}`;
}

export function addLine<T>(map: Map<string, T[]>, key: string, value: T): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, [value]);
  else found.push(value);
}

/** The line of the last element written with this key. */
export function lastLine(map: ReadonlyMap<string, readonly (number | undefined)[]>, key: string): number | undefined {
  const found = map.get(key);
  return found?.[found.length - 1];
}
