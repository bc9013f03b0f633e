import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlayState } from '../../../../src/core/scenario/scenario-definition';
import { checkScenarioGraph } from '../../../../src/core/scenario/scenario-graph-checks';
import { availableChoices, choose, isEnding, startScenario } from '../../../../src/core/scenario/scenario-play';
import { scoreRanges } from '../../../../src/core/scenario/score-ranges';
import { arbitraryScenario, rangesByEveryPlay } from './random-scenarios';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from './sample-scenarios';

describe('scoreRanges', () => {
  it('takes the lowest and highest over both sides of a diamond, per dimension', () => {
    const diamond = scenarioOf([
      scene('intro', [choice('left', 'left', { scores: 'safety:+1' }), choice('right', 'right', { scores: 'safety:-1, choice:+2' })]),
      scene('left', [choice('on', 'end', { scores: 'choice:+1' })]),
      scene('right', [choice('on-too', 'end')]),
      ending('end'),
    ]);
    expect(scoreRanges(diamond)).toEqual({ end: { safety: { min: -1, max: 1 }, choice: { min: 1, max: 2 } } });
  });

  it('counts a loop once per situation: coming back with the same variables is not a new play', () => {
    const tryAgain = (sets?: string) => scenarioOf([
      scene('intro', [choice('rush', 'regret', { scores: 'safety:-1', ...(sets === undefined ? {} : { sets }) }), choice('listen', 'end', { scores: 'safety:+2' })]),
      scene('regret', [choice('try-again', 'intro')]),
      ending('end'),
    ], { variables: [variable('tried', 0, 0, 1)] });
    // Without a variable, coming back to intro repeats the start situation: only the direct play counts.
    expect(scoreRanges(tryAgain())['end']?.['safety']).toEqual({ min: 2, max: 2 });
    // Remembering the attempt makes the second visit to intro a new situation: once round the loop counts.
    expect(scoreRanges(tryAgain('tried:=1'))['end']?.['safety']).toEqual({ min: 1, max: 2 });
  });

  it('follows conditions: a gated branch only counts the plays that open it', () => {
    const gated = scenarioOf([
      scene('intro', [choice('warm', 'middle', { sets: 'trust:+1', scores: 'choice:+1' }), choice('cool', 'middle')]),
      scene('middle', [choice('deep', 'end-good', { when: 'trust>=1', scores: 'safety:+3' }), choice('plain', 'end-plain')]),
      ending('end-good'), ending('end-plain'), ending('end-never'),
    ], { variables: [variable('trust', 0, 0, 2)] });
    expect(scoreRanges(gated)).toEqual({
      'end-good': { safety: { min: 3, max: 3 }, choice: { min: 1, max: 1 } },
      'end-plain': { safety: { min: 0, max: 0 }, choice: { min: 0, max: 1 } },
    });
  });

  it('gives the design’s example its ranges', () => {
    expect(scoreRanges(diagnosis)).toEqual({
      'ending-open': { safety: { min: 1, max: 3 }, choice: { min: -1, max: 2 } },
      'ending-closed': { safety: { min: 0, max: 1 }, choice: { min: -1, max: 2 } },
    });
  });

  it('throws RangeError past the state or path limit', () => {
    const counter = scenarioOf([scene('intro', [choice('count', 'intro', { sets: 'count:+1' }), choice('end', 'finish')]), ending('finish')], {
      variables: [variable('count', 0, 0, 1_000)],
    });
    expect(() => scoreRanges(counter, { stateLimit: 100 })).toThrow(RangeError);
    const hub = scenarioOf([
      scene('hub', ['a', 'b', 'c', 'd', 'e'].map((to) => choice(`to-${to}`, to)).concat(choice('leave', 'finish'))),
      ...['a', 'b', 'c', 'd', 'e'].map((id) => scene(id, ['hub', 'a', 'b', 'c', 'd', 'e'].filter((to) => to !== id).map((to) => choice(`${id}-to-${to}`, to)))),
      ending('finish'),
    ]);
    expect(() => scoreRanges(hub, { stepLimit: 50 })).toThrow('too many to work out its score ranges');
    expect(Object.keys(scoreRanges(hub))).toEqual(['finish']);
  });

  it('equals the ranges over every play that never repeats a situation (random scenarios)', () => {
    fc.assert(fc.property(fc.boolean().chain(arbitraryScenario), (scenario) => {
      const expected = rangesByEveryPlay(scenario);
      fc.pre(expected !== undefined);
      expect(scoreRanges(scenario)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('contains the points of every play that follows availableChoices to an ending without repeating a situation', () => {
    fc.assert(fc.property(arbitraryScenario(true), fc.infiniteStream(fc.nat()), (scenario, picks) => {
      const ranges = scoreRanges(scenario);
      let state = startScenario(scenario);
      const seen = new Set<string>();
      const key = (candidate: PlayState) => `${candidate.sceneId}|${JSON.stringify(candidate.variables)}`;
      while (!isEnding(scenario, state)) {
        seen.add(key(state));
        const options = availableChoices(scenario, state).map((option) => choose(scenario, state, option.id)).filter((next) => !seen.has(key(next)));
        if (options.length === 0) return;
        state = options[(picks.next().value as number) % options.length] as PlayState;
      }
      for (const [dimension, value] of Object.entries(state.scores)) {
        const range = ranges[state.sceneId]?.[dimension];
        expect(range !== undefined && range.min <= value && value <= range.max).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('never strands a learner in a scenario that passes the graph checks', () => {
    let valid = 0;
    fc.assert(fc.property(arbitraryScenario(true), fc.infiniteStream(fc.nat()), (scenario, picks) => {
      fc.pre(checkScenarioGraph(scenario).length === 0);
      valid++;
      let state = startScenario(scenario);
      for (let step = 0; step < 40 && !isEnding(scenario, state); step++) {
        const options = availableChoices(scenario, state);
        expect(options.length).toBeGreaterThan(0);
        state = choose(scenario, state, (options[(picks.next().value as number) % options.length] as { id: string }).id);
      }
      expect(Object.keys(scoreRanges(scenario)).length).toBeGreaterThan(0);
    }), { numRuns: 200 });
    expect(valid).toBeGreaterThan(20);
  });
});
