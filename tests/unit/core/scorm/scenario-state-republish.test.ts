import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioDefinition } from '../../../../src/core/scenario/scenario-definition';
import { replayPath } from '../../../../src/core/scenario/scenario-play';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';
import { toScenarioStateShape, type ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import { decodeLearnerState, encodeLearnerState, findScenarioStateKeyCollisions } from '../../../../src/core/scorm/learner-state-codec';
import { choice, diagnosis, ending, scene } from '../scenario/sample-scenarios';
import { scenarioShape, scenarioState, stableId } from './learner-state-arbitraries';

const saveAndRead = (state: ScenarioState, before: ScenarioStateShape, after: ScenarioStateShape) =>
  decodeLearnerState(
    encodeLearnerState({ seed: 1, visitedLessonIds: [], questions: {}, scenarios: { [before.id]: state } }, { lessonIds: [], questions: [], scenarios: [before] }),
    { lessonIds: [], questions: [], scenarios: [after] },
  )?.scenarios[after.id];

describe('a republished scenario', () => {
  // The author dropped "say-more", gated "check-in" differently, added an ending, and renamed a dimension.
  const republished: ScenarioDefinition = {
    ...diagnosis,
    dimensions: ['safety', 'agency'],
    scenes: [
      ...diagnosis.scenes.filter((candidate) => candidate.kind === 'scene' && candidate.id !== 'after-share' && candidate.id !== 'after-deflect'),
      scene('after-share', [choice('invite-others', 'ending-open', { scores: 'agency:+1' })]),
      scene('after-deflect', [choice('check-in', 'ending-open', { when: 'trust>=2', scores: 'safety:+2' }), choice('move-on', 'ending-closed')]),
      ending('ending-open'), ending('ending-closed'), ending('ending-new'),
    ],
  };

  it('keeps the endings and points that still exist, and the path as far as it can still be played', () => {
    const before = toScenarioStateShape(diagnosis);
    const after = toScenarioStateShape(republished);
    const state: ScenarioState = {
      path: ['deflect', 'check-in'],
      endingsReached: ['ending-closed', 'ending-open'],
      lastOutcome: { endingId: 'ending-open', scores: { safety: 3, choice: -1 } },
    };
    const restored = saveAndRead(state, before, after);
    expect(restored).toEqual({ ...state, lastOutcome: { endingId: 'ending-open', scores: { safety: 3 } } });
    // Both choices still exist, so the codec keeps them; the player replays what can still be played.
    expect(replayPath(republished, restored?.path ?? [])).toMatchObject({ sceneId: 'after-deflect', path: ['deflect'] });

    const removedChoice = saveAndRead({ path: ['share-briefly', 'say-more', 'move-on'], endingsReached: [] }, before, after);
    expect(removedChoice?.path).toEqual(['share-briefly']);
  });

  it('drops the outcome whose ending was removed, but keeps the other endings reached', () => {
    const before = toScenarioStateShape(diagnosis);
    const after: ScenarioStateShape = { ...before, endingIds: ['ending-closed'] };
    const state: ScenarioState = { path: [], endingsReached: ['ending-open', 'ending-closed'], lastOutcome: { endingId: 'ending-open', scores: { safety: 1, choice: 1 } } };
    expect(saveAndRead(state, before, after)).toEqual({ path: [], endingsReached: ['ending-closed'] });
  });

  it('does so for any scenario with ids added, removed and reordered', () => {
    const changed = (ids: readonly string[]) => fc.tuple(fc.shuffledSubarray([...ids]), fc.uniqueArray(stableId.map((id) => `added-${id}`), { maxLength: 3 }))
      .chain(([kept, added]) => fc.shuffledSubarray([...kept, ...added], { minLength: kept.length + added.length }));
    const republish = scenarioShape('role-play').chain((before) => fc.record({
      before: fc.constant(before),
      state: scenarioState(before),
      after: fc.record({ choiceIds: changed(before.choiceIds), endingIds: changed(before.endingIds), dimensions: changed(before.dimensions) })
        .map((ids): ScenarioStateShape => ({ ...before, ...ids })),
    }));
    const distinguishable = ({ before, after }: { before: ScenarioStateShape; after: ScenarioStateShape }) =>
      findScenarioStateKeyCollisions({ scenarios: [{ ...after, choiceIds: [...before.choiceIds, ...after.choiceIds], endingIds: [...before.endingIds, ...after.endingIds], dimensions: [...before.dimensions, ...after.dimensions] }] }).length === 0;

    fc.assert(fc.property(republish.filter(distinguishable), ({ before, state, after }) => {
      const still = (ids: readonly string[]) => (id: string) => ids.includes(id);
      const firstGone = state.path.findIndex((id) => !after.choiceIds.includes(id));
      const outcome = state.lastOutcome;
      const expected: ScenarioState = {
        path: firstGone < 0 ? state.path : state.path.slice(0, firstGone),
        endingsReached: state.endingsReached.filter(still(after.endingIds)),
        ...(outcome === undefined || !after.endingIds.includes(outcome.endingId) ? {} : {
          lastOutcome: { endingId: outcome.endingId, scores: Object.fromEntries(Object.entries(outcome.scores).filter(([dimension]) => after.dimensions.includes(dimension))) },
        }),
      };
      expect(saveAndRead(state, before, after)).toEqual(expected);
    }), { numRuns: 300 });
  });
});
