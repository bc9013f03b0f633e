import { describe, expect, it } from 'vitest';
import type { PlayState } from '../../../../src/core/scenario/scenario-definition';
import {
  availableChoices, back, choose, isEnding, replayPath, restart, startScenario,
} from '../../../../src/core/scenario/scenario-play';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from './sample-scenarios';

const ids = (choices: readonly { id: string }[]) => choices.map((item) => item.id);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

describe('playing a scenario', () => {
  it('starts at the start scene with initial variables and zero on every dimension', () => {
    expect(startScenario(diagnosis)).toEqual({ sceneId: 'intro', variables: { trust: 1 }, path: [], scores: { safety: 0, choice: 0 } });
    expect(isEnding(diagnosis, startScenario(diagnosis))).toBe(false);
  });

  it('steps through choices, adding points and changing variables, to an ending', () => {
    const start = deepFreeze(startScenario(diagnosis));
    const shared = deepFreeze(choose(diagnosis, start, 'share-briefly'));
    expect(shared).toEqual({ sceneId: 'after-share', variables: { trust: 2 }, path: ['share-briefly'], scores: { safety: 1, choice: 1 } });
    const open = choose(diagnosis, shared, 'invite-others');
    expect(open).toEqual({ sceneId: 'ending-open', variables: { trust: 2 }, path: ['share-briefly', 'invite-others'], scores: { safety: 1, choice: 2 } });
    expect(isEnding(diagnosis, open)).toBe(true);
    expect(availableChoices(diagnosis, open)).toEqual([]);
    expect(start).toEqual(startScenario(diagnosis));
  });

  it('offers only choices whose conditions hold, in authored order', () => {
    const start = startScenario(diagnosis);
    expect(ids(availableChoices(diagnosis, start))).toEqual(['share-briefly', 'deflect', 'ask-back']);
    const askedBack = choose(diagnosis, start, 'ask-back');
    expect(askedBack.variables).toEqual({ trust: 0 });
    expect(ids(availableChoices(diagnosis, askedBack))).toEqual(['move-on']);
    const deflected = choose(diagnosis, start, 'deflect');
    expect(ids(availableChoices(diagnosis, deflected))).toEqual(['check-in', 'move-on']);
  });

  it('clamps variables at their range', () => {
    const loop = scenarioOf([
      scene('room', [choice('up', 'room', { sets: 'level:+2' }), choice('down', 'room', { sets: 'level:-3' }), choice('leave', 'done', { when: 'level==3' })]),
      ending('done'),
    ], { variables: [variable('level', 0, 0, 3)] });
    const states = ['up', 'up', 'up'].reduce<PlayState[]>((all, id) => [...all, choose(loop, all[all.length - 1] as PlayState, id)], [startScenario(loop)]);
    expect(states.map((state) => state.variables['level'])).toEqual([0, 2, 3, 3]);
    expect(choose(loop, states[3] as PlayState, 'down').variables).toEqual({ level: 0 });
    expect(isEnding(loop, choose(loop, states[3] as PlayState, 'leave'))).toBe(true);
  });

  it('throws RangeError for a choice that is not available now', () => {
    const askedBack = choose(diagnosis, startScenario(diagnosis), 'ask-back');
    expect(() => choose(diagnosis, askedBack, 'check-in')).toThrow(RangeError);
    expect(() => choose(diagnosis, askedBack, 'invite-others')).toThrow('Choice "invite-others" is not available in scene "after-deflect" of scenario "whats-your-diagnosis"');
    expect(() => choose(diagnosis, { ...askedBack, sceneId: 'ending-open' }, 'move-on')).toThrow(RangeError);
    expect(() => choose(diagnosis, { ...askedBack, sceneId: 'nowhere' }, 'move-on')).toThrow(RangeError);
  });

  it('goes back one choice by replaying, so variables and points are exact again', () => {
    const start = startScenario(diagnosis);
    const shared = choose(diagnosis, start, 'share-briefly');
    const more = choose(diagnosis, shared, 'say-more');
    expect(back(diagnosis, more)).toEqual(shared);
    expect(back(diagnosis, shared)).toEqual(start);
    expect(back(diagnosis, start)).toEqual(start);
  });

  it('restarts from the beginning', () => {
    const done = replayPath(diagnosis, ['share-briefly', 'invite-others']);
    expect(isEnding(diagnosis, done)).toBe(true);
    expect(restart(diagnosis)).toEqual(startScenario(diagnosis));
  });

  it('replays a saved path as far as it still works after the author changed the scenario', () => {
    expect(replayPath(diagnosis, ['share-briefly', 'renamed-choice', 'move-on'])).toEqual(choose(diagnosis, startScenario(diagnosis), 'share-briefly'));
    expect(replayPath(diagnosis, ['ask-back', 'check-in'])).toEqual(choose(diagnosis, startScenario(diagnosis), 'ask-back'));
  });
});
