import type { ScenarioDefinition } from '../../../../src/core/scenario/scenario-definition';
import { toScenarioPlan } from '../../../../src/core/scenario/scenario-plan';
import { choose, isEnding, replayPath, startScenario } from '../../../../src/core/scenario/scenario-play';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';
import { toDecisionInteraction, toOutcomeInteraction } from '../../../../src/core/scenario/scenario-interaction';
import type { InteractionRecord } from '../../../../src/core/scorm/interaction';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from '../../core/scenario/sample-scenarios';
import { timestamp } from './quiz-course-fixture';

/** Practice: tracked as interactions, saved, counts for nothing. */
export const practiceScenario: ScenarioDefinition = { ...diagnosis, lessonId: 'welcome', counts: 'practice' };

/** Completion: the course is complete only once it reaches an ending. */
export const completionScenario: ScenarioDefinition = scenarioOf([
  scene('first-call', [choice('listen-first', 'ending-heard'), choice('fix-it', 'ending-rushed')], { setting: 'A first phone call' }),
  ending('ending-heard', 'They felt heard'),
  ending('ending-rushed', 'A rushed call'),
], { id: 'first-call', lessonId: 'listening', counts: 'completion', dimensions: ['safety'] });

/**
 * Score, weight 2: totals run from −2 (brush-off, decide-for-them) to 4 (name-it, offer-choice),
 * so name-it + offer-choice scores 2 points, brush-off + offer-choice (total 1) half of that.
 */
export const scoreScenario: ScenarioDefinition & { weight: number } = {
  ...scenarioOf([
    scene('opening', [
      choice('name-it', 'follow-up', { scores: 'safety:+2', sets: 'trust:+1' }),
      choice('brush-off', 'follow-up', { scores: 'safety:-1' }),
    ], { setting: 'Someone shares too much in the group' }),
    scene('follow-up', [choice('offer-choice', 'ending-shared', { scores: 'choice:+2' }), choice('decide-for-them', 'ending-decided', { scores: 'choice:-1' })]),
    ending('ending-shared', 'A shared decision'),
    ending('ending-decided', 'A decision made for them'),
  ], { id: 'too-much-shared', lessonId: 'boundaries', counts: 'score', variables: [variable('trust', 0, 0, 1)] }),
  weight: 2,
};

/** The course JSON's `scenarios`. */
export const scenarioCourse = { scenarios: toScenarioPlan([practiceScenario, completionScenario, scoreScenario]) };

/**
 * Choices taken as the player takes them: from the saved path (or the start), a decision
 * interaction each, and on reaching an ending the outcome too, the ending and the outcome kept.
 */
export function play(scenario: ScenarioDefinition, choiceIds: readonly string[], previous?: ScenarioState, courseId = 'peer-basics') {
  let state = previous === undefined ? startScenario(scenario) : replayPath(scenario, previous.path);
  const endingsReached = [...(previous?.endingsReached ?? [])];
  let lastOutcome = previous?.lastOutcome;
  const interactions: InteractionRecord[] = [];
  for (const choiceId of choiceIds) {
    interactions.push(toDecisionInteraction({ courseId, scenario, sceneId: state.sceneId, choiceId, timestamp }));
    state = choose(scenario, state, choiceId);
    if (!isEnding(scenario, state)) continue;
    interactions.push(toOutcomeInteraction({ courseId, scenario, state, timestamp }));
    if (!endingsReached.includes(state.sceneId)) endingsReached.push(state.sceneId);
    lastOutcome = { endingId: state.sceneId, scores: { ...state.scores } };
  }
  const saved: ScenarioState = { path: [...state.path], endingsReached, ...(lastOutcome === undefined ? {} : { lastOutcome }) };
  return { state: saved, interactions };
}
