import type { PlayState, ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import { isEnding } from '../../../src/core/scenario/scenario-play';
import { findScene } from '../../../src/core/scenario/scene-index';
import type { ScormVersion } from './built-site';
import type { ExpectedInteraction } from './lms-interactions';
import { authoredPosition } from './scenario-paths';
import { asResponseIdentifier } from './response-identifier';
import type { PlayedScenario } from './scenario-player';
import { defined } from '../../support/defined';

// What the LMS must receive for a play, written from the SCORM books and the tracking design, not
// from the course's formatters: a decision is a choice interaction whose response is the choice's
// authored position as one character in 1.2 and its id in 2004; the outcome is a performance
// interaction with the steps `ending.<id>` then `<dimension>.<points>`, `,` and `.` in 1.2,
// `[,]` and `[.]` in 2004. Ids are sent as identifiers every LMS accepts. Role-play choices are
// never right or wrong: result neutral.

const characters12 = '0123456789abcdefghijklmnopqrstuvwxyz';

const clock: Record<ScormVersion, { when: Record<string, RegExp>; latency: Record<string, RegExp> }> = {
  '12': { when: { time: /^\d{2}:\d{2}:\d{2}$/ }, latency: { latency: /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/ } },
  '2004': { when: { timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/ }, latency: { latency: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/ } },
};

const interactionId = (courseId: string, scenario: ScenarioDefinition, sceneId: string) => `urn:peerpath:${courseId}:${scenario.id}:${sceneId}`;

/** One decision: taken in `sceneId`, with the time the scene was open as its latency. */
export function expectedDecision(version: ScormVersion, courseId: string, scenario: ScenarioDefinition, sceneId: string, choiceId: string): ExpectedInteraction {
  const scene = defined(findScene(scenario, sceneId), `scene ${sceneId}`);
  const exact: Record<string, string> = {
    id: interactionId(courseId, scenario, sceneId),
    type: 'choice',
    result: 'neutral',
  };
  if (version === '12') exact.student_response = characters12.charAt(authoredPosition(scenario, sceneId, choiceId));
  else {
    exact.learner_response = asResponseIdentifier(choiceId);
    // 2004 reports can name the decision point: the scene's setting (or title, or the scenario's).
    exact.description = (scene.setting ?? scene.title ?? scenario.title).slice(0, 250);
  }
  return { exact, formats: { ...clock[version].when, ...clock[version].latency } };
}

/** The outcome of a play that reached an ending: the ending and each declared dimension's points. */
export function expectedOutcome(version: ScormVersion, courseId: string, scenario: ScenarioDefinition, state: PlayState): ExpectedInteraction {
  const ending = findScene(scenario, state.sceneId);
  if (ending?.kind !== 'ending') throw new Error(`Scenario "${scenario.id}" is not at an ending ("${state.sceneId}").`);
  const steps: [string, string][] = [
    ['ending', asResponseIdentifier(ending.id)],
    ...[...new Set(scenario.dimensions)].map((dimension): [string, string] => [asResponseIdentifier(dimension), String(state.scores[dimension] ?? 0)]),
  ];
  const exact: Record<string, string> = { id: interactionId(courseId, scenario, ending.id), type: 'performance', result: 'neutral' };
  if (version === '12') exact.student_response = steps.map(([step, value]) => `${step}.${value}`).join(',');
  else {
    exact.learner_response = steps.map(([step, value]) => `${step}[.]${value}`).join('[,]');
    exact.description = (ending.title ?? scenario.title).slice(0, 250);
  }
  return { exact, formats: clock[version].when };
}

/** Every interaction a play sends, in order: one per decision, then the outcome if it reached an ending. */
export function expectedPlayInteractions(version: ScormVersion, courseId: string, played: PlayedScenario): ExpectedInteraction[] {
  const { scenario, steps, state } = played;
  const decisions = steps.map((step) => expectedDecision(version, courseId, scenario, step.sceneId, step.choiceId));
  return isEnding(scenario, state) ? [...decisions, expectedOutcome(version, courseId, scenario, state)] : decisions;
}
