import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestPlay } from '../../../../src/core/scenario/longest-play';
import type { PlayState } from '../../../../src/core/scenario/scenario-definition';
import { checkScenarioGraph } from '../../../../src/core/scenario/scenario-graph-checks';
import { isScenarioPlan, toScenarioPlan } from '../../../../src/core/scenario/scenario-plan';
import { availableChoices, choose, startScenario } from '../../../../src/core/scenario/scenario-play';
import { isScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import { arbitraryScenario } from './random-scenarios';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from './sample-scenarios';

const line = scenarioOf([
  scene('first', [choice('a', 'second', { scores: 'safety:+2' }), choice('b', 'end', { scores: 'safety:-1, choice:-1' })]),
  scene('second', [choice('c', 'end', { scores: 'choice:+3' }), choice('a2', 'end')]),
  ending('end'),
  ending('unreached'),
], { id: 'line', lessonId: 'listening', counts: 'score' });

describe('toScenarioPlan', () => {
  it('keeps what tracking needs: counts, weight, ids, and the range of the total score over the endings', () => {
    expect(toScenarioPlan([{ ...line, weight: 3 }])).toEqual([{
      id: 'line', lessonId: 'listening', counts: 'score', weight: 3,
      dimensions: ['safety', 'choice'],
      choiceIds: ['a', 'b', 'c', 'a2'],
      endingIds: ['end', 'unreached'],
      longestPlay: 2,
      // end: safety −1 … 2, choice −1 … 3, so the total runs −2 … 5.
      totalMin: -2, totalMax: 5,
    }]);
  });

  it('gives weight 1 by default, and totals only to score scenarios', () => {
    const [completion, practice] = toScenarioPlan([{ ...line, counts: 'completion' }, { ...diagnosis, counts: 'practice' }]);
    expect(completion).toMatchObject({ counts: 'completion', weight: 1, totalMin: 0, totalMax: 0 });
    expect(practice).toMatchObject({ id: 'whats-your-diagnosis', counts: 'practice', totalMin: 0, totalMax: 0, endingIds: ['ending-open', 'ending-closed'] });
  });

  it('takes the lowest and highest total over every ending of the design’s example', () => {
    // ending-open: safety 1…3, choice −1…2 → 0…5; ending-closed: 0…1 and −1…2 → −1…3.
    expect(toScenarioPlan([{ ...diagnosis, counts: 'score' }])[0]).toMatchObject({ totalMin: -1, totalMax: 5, longestPlay: 3 });
  });

  it('leaves the longest play out when a loop lets a play go on, and lists repeated ids once', () => {
    const loop = scenarioOf([
      scene('intro', [choice('rush', 'regret'), choice('listen', 'end')]),
      scene('regret', [choice('try-again', 'intro'), choice('listen', 'end')]),
      ending('end'),
    ]);
    const [planned] = toScenarioPlan([loop]);
    expect(planned).not.toHaveProperty('longestPlay');
    expect(planned?.choiceIds).toEqual(['rush', 'listen', 'try-again']);
  });

  it('plans a scenario too large to score with totals 0 rather than failing the build', () => {
    const huge = scenarioOf([
      scene('intro', [choice('up', 'intro', { sets: 'a:+1' }), choice('down', 'intro', { sets: 'b:+1' }), choice('out', 'end')]),
      ending('end'),
    ], { counts: 'score', variables: [variable('a', 0, 0, 400), variable('b', 0, 0, 400)] });
    expect(toScenarioPlan([huge])[0]).toMatchObject({ totalMin: 0, totalMax: 0 });
  });
});

describe('longestPlay', () => {
  it('counts the choices of the longest play without loops', () => {
    expect(longestPlay(line)).toBe(2);
    expect(longestPlay(scenarioOf([ending('only')]))).toBe(0);
  });

  it('is never shorter than a play a learner can make, in scenarios without loops', () => {
    const bounded = arbitraryScenario(true).filter((scenario) => longestPlay(scenario) !== undefined && checkScenarioGraph(scenario).length === 0);
    fc.assert(fc.property(bounded, fc.array(fc.nat(), { maxLength: 12 }), (scenario, picks) => {
      let state = startScenario(scenario);
      for (const pick of picks) {
        const choices = availableChoices(scenario, state);
        if (choices.length === 0) break;
        state = choose(scenario, state, (choices[pick % choices.length] as { id: string }).id);
      }
      expect(state.path.length).toBeLessThanOrEqual(longestPlay(scenario) as number);
    }), { numRuns: 200 });
  });

  it('is reached by some play', () => {
    const deepest = (state: PlayState): number =>
      Math.max(state.path.length, ...availableChoices(line, state).map((next) => deepest(choose(line, state, next.id))));
    expect(deepest(startScenario(line))).toBe(longestPlay(line));
  });
});

describe('isScenarioPlan', () => {
  it('accepts a plan as toScenarioPlan makes it, after a trip through JSON', () => {
    const plan = toScenarioPlan([line, diagnosis]);
    expect(isScenarioPlan(JSON.parse(JSON.stringify(plan)))).toBe(true);
    expect(isScenarioPlan([])).toBe(true);
    expect(plan.every(isScenarioStateShape)).toBe(true);
  });

  it('refuses anything malformed', () => {
    const [planned] = toScenarioPlan([line]);
    for (const broken of [
      { ...planned, counts: 'graded' }, { ...planned, weight: -1 }, { ...planned, weight: '1' }, { ...planned, totalMax: Number.NaN },
      { ...planned, choiceIds: [1] }, { ...planned, endingIds: undefined }, { ...planned, longestPlay: 1.5 }, { ...planned, lessonId: 3 },
    ]) {
      expect(isScenarioPlan([broken])).toBe(false);
    }
    expect(isScenarioPlan({})).toBe(false);
    expect(isScenarioPlan([null])).toBe(false);
  });
});
