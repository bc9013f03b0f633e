import type { ScenarioDefinition, SceneDef } from './scenario-definition';

/** Scenes and endings by id; when the author repeated an id (a build error), the first one wins. */
export function indexScenes(scenario: Pick<ScenarioDefinition, 'scenes'>): Map<string, SceneDef> {
  const byId = new Map<string, SceneDef>();
  for (const scene of scenario.scenes) if (!byId.has(scene.id)) byId.set(scene.id, scene);
  return byId;
}

/** The scene or ending with this id. */
export function findScene(scenario: Pick<ScenarioDefinition, 'scenes'>, sceneId: string): SceneDef | undefined {
  return scenario.scenes.find((scene) => scene.id === sceneId);
}
