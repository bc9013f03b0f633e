import type { ScenarioDefinition } from '../../core/scenario/scenario-definition';
import { findScene } from '../../core/scenario/scene-index';
import type { ScenarioProgress } from './scenario-progress';
import { fillLabel, type ScenarioLabels } from './scenario-labels';

/** The heading of what the player shows now, and what the live region says on arriving there. */
export interface ViewHeading {
  heading: string;
  announcement: string;
}

/**
 * "Scene 2: Title" (the number counts the learner's steps along this path, so it goes down again
 * with Back), or "Ending: Title". A scene without a title is announced with its setting.
 */
export function describeView(scenario: ScenarioDefinition, progress: ScenarioProgress, labels: ScenarioLabels): ViewHeading {
  const sceneId = progress.feedback?.fromSceneId ?? progress.play.sceneId;
  const scene = findScene(scenario, sceneId);
  if (scene?.kind === 'ending') {
    const heading = scene.title ? fillLabel(labels['scenario.endingHeading'], { title: scene.title }) : labels['scenario.endingUntitled'];
    return { heading, announcement: heading };
  }
  const number = progress.play.path.length + (progress.feedback ? 0 : 1);
  const numbered = fillLabel(labels['scenario.sceneNumber'], { number });
  const heading = scene?.title ? fillLabel(labels['scenario.sceneHeading'], { number, title: scene.title }) : numbered;
  const named = scene?.title ?? scene?.setting;
  const announcement = named ? fillLabel(labels['scenario.sceneHeading'], { number, title: named }) : numbered;
  if (progress.feedback) {
    return { heading, announcement: fillLabel(labels['scenario.announceFeedback'], { choice: progress.feedback.choice.text }) };
  }
  return { heading, announcement };
}
