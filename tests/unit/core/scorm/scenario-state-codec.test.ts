import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';
import type { ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import {
  decodeLearnerState,
  encodeLearnerState,
  findScenarioStateKeyCollisions,
  measureWorstCaseState,
  stateKey,
  type StateCourse,
  type StateKeyNamespace,
} from '../../../../src/core/scorm/learner-state-codec';
import { MAX_SAVED_PATH } from '../../../../src/core/scorm/learner-state-format';
import { longestScenarioEntry, savedPathLimit } from '../../../../src/core/scorm/scenario-entry-codec';
import { courseWithState, findCollidingIds, isCollisionFree, makeQuestion, maximalScenarioState, stableId } from './learner-state-arbitraries';

const diagnosis: ScenarioStateShape = {
  id: 'whats-your-diagnosis',
  choiceIds: ['share-briefly', 'deflect', 'ask-back', 'invite-others'],
  endingIds: ['ending-open', 'ending-closed'],
  dimensions: ['safety', 'choice'],
};
const course: StateCourse = { lessonIds: ['welcome'], questions: [makeQuestion('name-it', 'fill-in', [], 10)], scenarios: [diagnosis] };
const played: ScenarioState = {
  path: ['share-briefly', 'invite-others'],
  endingsReached: ['ending-closed', 'ending-open'],
  lastOutcome: { endingId: 'ending-open', scores: { safety: 1, choice: -2 } },
};
const only = (scenario: ScenarioStateShape, state: ScenarioState, shape: ScenarioStateShape = scenario) =>
  decodeLearnerState(
    encodeLearnerState({ seed: 0, visitedLessonIds: [], questions: {}, scenarios: { [scenario.id]: state } }, { lessonIds: [], questions: [], scenarios: [scenario] }),
    { lessonIds: [], questions: [], scenarios: [shape] },
  )?.scenarios[shape.id];

describe('scenarios in suspend_data', () => {
  it('adds a fifth part of length-prefixed entries: endings, outcome with points per dimension, path', () => {
    const text = encodeLearnerState({
      seed: 1295,
      visitedLessonIds: ['welcome'],
      questions: { 'name-it': { attempts: 1, correct: false, revealed: false, response: { kind: 'fill-in', text: 'a|' } } },
      scenarios: { [diagnosis.id]: played },
    }, course);
    const [s, endingOpen, endingClosed, safety, choice, share, invite] = [
      stateKey('s', diagnosis.id), stateKey('e', 'ending-open'), stateKey('e', 'ending-closed'), stateKey('d', 'safety'),
      stateKey('d', 'choice'), stateKey('c', 'share-briefly'), stateKey('c', 'invite-others'),
    ];
    // 1 = points + 648 in two base-36 digits: 649 → "i1", −2 → 646 → "hy".
    const payload = `2${endingClosed}${endingOpen}1${endingOpen}2${safety}i1${choice}hy${share}${invite}`;
    expect(text.endsWith(`|${s}${payload.length.toString(36).padStart(2, '0')}${payload}`)).toBe(true);
    // Pinned: learners' saved text must read back after any refactoring of the codec.
    expect(text).toBe('2|00zz|aiup|6fup0614yia||qvpp0z2v7tsl1k81l1k8241hpi1rwughy27wp19a7');
    expect(decodeLearnerState(text, course)?.scenarios).toEqual({ [diagnosis.id]: played });
  });

  it('leaves the part out while no scenario is saved, so such text is what it always was', () => {
    const text = encodeLearnerState({ seed: 1295, visitedLessonIds: ['welcome'], questions: {}, scenarios: {} }, course);
    expect(text).toBe('2|00zz|aiup|');
    expect(decodeLearnerState(text, course)).toEqual({ seed: 1295, visitedLessonIds: ['welcome'], questions: {}, scenarios: {} });
    expect(measureWorstCaseState({ ...course, scenarios: [] })).toBe(measureWorstCaseState({ lessonIds: course.lessonIds, questions: course.questions }));
  });

  it('saves a play that has only started, and nothing for a scenario the course does not have', () => {
    expect(only(diagnosis, { path: [], endingsReached: [] })).toEqual({ path: [], endingsReached: [] });
    const text = encodeLearnerState({ seed: 0, visitedLessonIds: [], questions: {}, scenarios: { gone: played } }, course);
    expect(text).toBe('2|0000||');
  });

  it('keeps the first choices of a long play, up to the limit, with its endings and outcome', () => {
    const looping: ScenarioStateShape = { ...diagnosis, id: 'looping' };
    const path = Array.from({ length: MAX_SAVED_PATH + 5 }, (_, index) => (index % 2 === 0 ? 'deflect' : 'ask-back'));
    expect(only(looping, { ...played, path })).toEqual({ ...played, path: path.slice(0, MAX_SAVED_PATH) });
    // A scenario without loops never needs more than its longest play.
    const short: ScenarioStateShape = { ...diagnosis, longestPlay: 2 };
    expect(savedPathLimit(short)).toBe(2);
    expect(only(short, { ...played, path: ['deflect', 'ask-back', 'deflect'] })?.path).toEqual(['deflect', 'ask-back']);
    expect(savedPathLimit({ ...diagnosis, choiceIds: [] })).toBe(0);
  });

  it('writes only ids the scenario has: unknown endings and dimensions left out, missing points 0, the path up to an unknown choice', () => {
    const state: ScenarioState = {
      path: ['share-briefly', 'gone', 'invite-others'],
      endingsReached: ['ending-open', 'gone', 'ending-open'],
      lastOutcome: { endingId: 'ending-closed', scores: { safety: 2, extra: 5 } },
    };
    expect(only(diagnosis, state)).toEqual({
      path: ['share-briefly'],
      endingsReached: ['ending-open'],
      lastOutcome: { endingId: 'ending-closed', scores: { safety: 2, choice: 0 } },
    });
    expect(only(diagnosis, { ...state, lastOutcome: { endingId: 'gone', scores: {} } })).toEqual({ path: ['share-briefly'], endingsReached: ['ending-open'] });
  });

  it('clamps points to what two digits hold and rounds them to whole numbers', () => {
    const scores = (safety: number, choice: number): ScenarioState => ({ path: [], endingsReached: [], lastOutcome: { endingId: 'ending-open', scores: { safety, choice } } });
    expect(only(diagnosis, scores(5000, -5000))?.lastOutcome?.scores).toEqual({ safety: 647, choice: -648 });
    expect(only(diagnosis, scores(1.6, Number.NaN))?.lastOutcome?.scores).toEqual({ safety: 2, choice: 0 });
  });

  it('reads the scenarios after question entries whatever their fill-in text holds', () => {
    const text = encodeLearnerState({
      seed: 5,
      visitedLessonIds: [],
      questions: { 'name-it': { attempts: 1, correct: true, revealed: false, response: { kind: 'fill-in', text: '|||||||||' } } },
      scenarios: { [diagnosis.id]: played },
    }, course);
    expect(decodeLearnerState(text, course)).toMatchObject({ questions: { 'name-it': { response: { text: '|||||||||' } } }, scenarios: { [diagnosis.id]: played } });
  });

  it('drops a malformed scenario entry and keeps the rest', () => {
    const other: ScenarioStateShape = { id: 'other', choiceIds: ['a'], endingIds: ['e'], dimensions: [] };
    const both: StateCourse = { lessonIds: [], questions: [], scenarios: [diagnosis, other] };
    const key = stateKey('s', diagnosis.id);
    for (const payload of ['', 'z', '1', '0', '02', '0' + '0abc', '11234', '01xyz']) {
      const text = `2|0000|||${key}${payload.length.toString(36).padStart(2, '0')}${payload}${encodeLearnerState({ seed: 0, visitedLessonIds: [], questions: {}, scenarios: { other: { path: ['a'], endingsReached: ['e'] } } }, both).split('|')[4]}`;
      expect(decodeLearnerState(text, both)?.scenarios).toEqual({ other: { path: ['a'], endingsReached: ['e'] } });
    }
  });

  it('restores nothing for a choice whose key clashes with another choice of the scenario', () => {
    const [first, second] = findCollidingIds('c');
    const clashing: ScenarioStateShape = { ...diagnosis, choiceIds: ['share-briefly', first, second] };
    expect(findScenarioStateKeyCollisions({ scenarios: [clashing] })).toEqual([{ namespace: 'choice', scenarioId: diagnosis.id, ids: [first, second] }]);
    expect(only(clashing, { path: ['share-briefly', first], endingsReached: [] })?.path).toEqual(['share-briefly']);
  });
});

describe('findScenarioStateKeyCollisions', () => {
  const firstLetter = (namespace: StateKeyNamespace, id: string) => `${namespace}${id.charAt(0)}`;

  it('groups clashing scenario ids, and per scenario clashing choice, ending and dimension ids', () => {
    const scenarios: ScenarioStateShape[] = [
      { id: 'alpha', choiceIds: ['ask', 'answer', 'wait'], endingIds: ['open', 'closed'], dimensions: ['safety', 'sharing'] },
      { id: 'apple', choiceIds: ['ask', 'wait'], endingIds: ['end', 'exit'], dimensions: [] },
      { id: 'apple', choiceIds: ['clash', 'class'], endingIds: [], dimensions: [] },
    ];
    expect(findScenarioStateKeyCollisions({ scenarios }, firstLetter)).toEqual([
      { namespace: 'scenario', ids: ['alpha', 'apple'] },
      { namespace: 'choice', scenarioId: 'alpha', ids: ['ask', 'answer'] },
      { namespace: 'dimension', scenarioId: 'alpha', ids: ['safety', 'sharing'] },
      { namespace: 'ending', scenarioId: 'apple', ids: ['end', 'exit'] },
    ]);
    expect(findScenarioStateKeyCollisions({})).toEqual([]);
  });

  it('finds a real clash of scenario keys', () => {
    const [first, second] = findCollidingIds('s');
    const shape = (id: string): ScenarioStateShape => ({ id, choiceIds: [], endingIds: [], dimensions: [] });
    expect(findScenarioStateKeyCollisions({ scenarios: [shape(first), shape('other'), shape(second)] })).toEqual([{ namespace: 'scenario', ids: [first, second] }]);
  });
});

describe('the worst case with scenarios', () => {
  it('counts "|", then per scenario key, length, every ending, an outcome with every dimension and the longest saved path', () => {
    // 6 + (1 + 2 × 4) + (1 + 4 + 1 + 2 × 6) + 20 × 4
    expect(longestScenarioEntry(diagnosis)).toBe(6 + 9 + 18 + 80);
    expect(longestScenarioEntry({ ...diagnosis, longestPlay: 3 })).toBe(6 + 9 + 18 + 12);
    // Without endings there is no outcome to save; without choices no path.
    expect(longestScenarioEntry({ id: 'bare', choiceIds: [], endingIds: [], dimensions: ['safety'] })).toBe(6 + 1 + 1);
    expect(measureWorstCaseState(course)).toBe('2|0000||'.length + 4 + (10 + 10) + 1 + 113);
    expect(encodeLearnerState({
      seed: 0, visitedLessonIds: ['welcome'], questions: { 'name-it': { attempts: 40, correct: true, revealed: true, response: { kind: 'fill-in', text: '0123456789' } } },
      scenarios: { [diagnosis.id]: maximalScenarioState(diagnosis) },
    }, course).length).toBe(measureWorstCaseState(course));
  });

  it('is never exceeded by any scenario state, however long or odd', () => {
    const wild = fc.record({
      path: fc.array(fc.oneof(stableId, fc.string()), { maxLength: 60 }),
      endingsReached: fc.array(fc.oneof(stableId, fc.string()), { maxLength: 10 }),
      lastOutcome: fc.option(fc.record({ endingId: stableId, scores: fc.dictionary(stableId, fc.oneof(fc.integer(), fc.double())) }), { nil: undefined }),
    }).map(({ lastOutcome, ...state }): ScenarioState => (lastOutcome === undefined ? state : { ...state, lastOutcome }));
    fc.assert(fc.property(courseWithState, fc.array(wild, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }), ([course, state], states, picks) => {
      const scenarios = { ...state.scenarios };
      (course.scenarios ?? []).forEach((scenario, index) => {
        const replacement = states[index];
        if (replacement === undefined) return;
        // Sometimes ids the scenario really has, so that the long cases are written.
        const known = (ids: readonly string[]) => ids.map((id, at) => scenario.choiceIds[(at + (picks[index] ?? 0)) % Math.max(1, scenario.choiceIds.length)] ?? id);
        scenarios[scenario.id] = (picks[index] ?? 0) % 2 === 0 ? replacement : { ...replacement, path: known(replacement.path), endingsReached: [...scenario.endingIds] };
      });
      expect(encodeLearnerState({ ...state, scenarios }, course).length).toBeLessThanOrEqual(measureWorstCaseState(course));
    }), { numRuns: 300 });
  });

  it('is reached exactly by every scenario at its longest, and that reads back whole', () => {
    fc.assert(fc.property(courseWithState.filter(([course]) => isCollisionFree(course)), ([course]) => {
      const scenarios = Object.fromEntries((course.scenarios ?? []).map((scenario) => [scenario.id, maximalScenarioState(scenario)]));
      const text = encodeLearnerState({ seed: 36 ** 4 - 1, visitedLessonIds: [...course.lessonIds], questions: {}, scenarios }, course);
      const withoutQuestions = { ...course, questions: [] };
      expect(text.length).toBe(measureWorstCaseState(withoutQuestions));
      const decoded = decodeLearnerState(text, course);
      for (const scenario of course.scenarios ?? []) {
        const saved = scenarios[scenario.id] as ScenarioState;
        expect(decoded?.scenarios[scenario.id]).toEqual({
          ...saved,
          path: saved.path.slice(0, savedPathLimit(scenario)),
          ...(saved.lastOutcome === undefined ? {} : { lastOutcome: { ...saved.lastOutcome, scores: Object.fromEntries(scenario.dimensions.map((dimension) => [dimension, -648])) } }),
        });
      }
    }), { numRuns: 200 });
  });
});
