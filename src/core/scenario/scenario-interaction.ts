import { createInteractionId, type InteractionRecord } from '../scorm/interaction';
import type { PlayState, ScenarioDefinition } from './scenario-definition';
import { findScene } from './scene-index';

interface When {
  timestamp: Date;
  latencyMilliseconds?: number;
}

const withLatency = (record: InteractionRecord, when: When): InteractionRecord =>
  when.latencyMilliseconds === undefined ? record : { ...record, latencyMilliseconds: when.latencyMilliseconds };

/**
 * The LMS journal entry for one decision: id `urn:peerpath:<course>:<scenario>:<scene>` (one per
 * decision point, so a learner who comes back to a scene adds another entry under the same id),
 * type choice, the choice id as the response and the scene's choices in authored order as options
 * (SCORM 1.2 sends a choice as its position). Role-play choices are not right or wrong: neutral.
 */
export function toDecisionInteraction(input: { courseId: string; scenario: ScenarioDefinition; sceneId: string; choiceId: string } & When): InteractionRecord {
  const { scenario, sceneId, choiceId } = input;
  const scene = findScene(scenario, sceneId);
  if (scene === undefined || !scene.choices.some((choice) => choice.id === choiceId)) {
    throw new RangeError(`Scenario "${scenario.id}" has no choice "${choiceId}" in scene "${sceneId}"`);
  }
  return withLatency({
    id: createInteractionId(input.courseId, scenario.id, scene.id),
    type: 'choice',
    response: [choiceId],
    options: scene.choices.map((choice) => choice.id),
    result: 'neutral',
    timestamp: input.timestamp,
    description: scene.setting ?? scene.title ?? scenario.title,
  }, input);
}

/**
 * The LMS journal entry for reaching an ending: id `urn:peerpath:<course>:<scenario>:<ending>`
 * (ending ids never name a decision point: endings have no choices and share the scenes' ids), type
 * performance with the steps `ending.<ending id>` then `<dimension>.<points>` in declared order —
 * ids and whole numbers only, which both SCORM 1.2 (`ending.x,safety.2`) and 2004
 * (`ending[.]x[,]safety[.]2`) accept. Throws RangeError when the play is not at an ending.
 */
export function toOutcomeInteraction(input: { courseId: string; scenario: ScenarioDefinition; state: PlayState } & When): InteractionRecord {
  const { scenario, state } = input;
  const ending = findScene(scenario, state.sceneId);
  if (ending?.kind !== 'ending') throw new RangeError(`Scenario "${scenario.id}" is not at an ending ("${state.sceneId}")`);
  const dimensions = [...new Set(scenario.dimensions)];
  const scores = dimensions.map((dimension): [string, string] => [dimension, String(Object.hasOwn(state.scores, dimension) ? state.scores[dimension] : 0)]);
  return withLatency({
    id: createInteractionId(input.courseId, scenario.id, ending.id),
    type: 'performance',
    response: [['ending', ending.id], ...scores],
    result: 'neutral',
    timestamp: input.timestamp,
    description: ending.title ?? scenario.title,
  }, input);
}
