/** The elements a scenario is written with, in the order an author meets them. */
export const SCENARIO_ELEMENT_NAMES = ['Scenario', 'Character', 'Variable', 'Scene', 'Ending', 'Line', 'Choice', 'Reflect'] as const;

export type ScenarioElementName = (typeof SCENARIO_ELEMENT_NAMES)[number];

/** The elements each container may hold directly (narrative paragraphs are read beside them); the others hold text or nothing. */
export const SCENARIO_CHILDREN: Record<'Scenario' | 'Scene' | 'Ending', readonly ScenarioElementName[]> = {
  Scenario: ['Character', 'Variable', 'Scene', 'Ending'],
  Scene: ['Line', 'Choice', 'Reflect'],
  // Read so that the graph check can say that an ending has choices, rather than that they are misplaced.
  Ending: ['Line', 'Reflect', 'Choice'],
};

export function isScenarioElementName(name: string): name is ScenarioElementName {
  return (SCENARIO_ELEMENT_NAMES as readonly string[]).includes(name);
}
