import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLearnerState, encodeLearnerState, type DecodedLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { mergeLearnerStates } from '../../../../src/core/scorm/learner-state-merge';
import { isCollisionFree, learnerState, stateCourse } from './learner-state-arbitraries';
import { defined } from '../../../support/defined';

// Two records of one learner and course, as the LMS stored it and as this device held it.
const twoRecords = stateCourse.filter(isCollisionFree).chain((course) =>
  fc.tuple(fc.constant(course), learnerState(course), learnerState(course)).map(([course, stored, held]) => ({
    course,
    stored: defined(decodeLearnerState(encodeLearnerState(stored, course), course), 'the decoded record'),
    held: defined(decodeLearnerState(encodeLearnerState(held, course), course), 'the decoded record'),
  })));

describe('mergeLearnerStates', () => {
  it('holds everything of both: every lesson and ending, every question and scenario, each as far as either got', () => {
    fc.assert(fc.property(twoRecords, ({ stored, held }) => {
      const merged = mergeLearnerStates(stored, held) as DecodedLearnerState;
      expect(merged.seed).toBe(stored.seed);
      expect(merged.visitedLessonIds).toEqual(expect.arrayContaining([...stored.visitedLessonIds, ...held.visitedLessonIds]));
      for (const source of [stored, held]) {
        for (const [id, state] of Object.entries(source.questions)) expect(merged.questions[id]?.attempts).toBeGreaterThanOrEqual(state.attempts);
        for (const [id, state] of Object.entries(source.scenarios)) expect(merged.scenarios[id]?.endingsReached).toEqual(expect.arrayContaining(state.endingsReached));
      }
      // The newer copy's place in a scenario wins: it is where the learner was last.
      for (const [id, state] of Object.entries(held.scenarios)) expect(merged.scenarios[id]?.path).toEqual(state.path);
    }), { numRuns: 100 });
  });

  it('is written back and read again unchanged, and merging a record with itself changes nothing', () => {
    fc.assert(fc.property(twoRecords, ({ course, stored, held }) => {
      const merged = mergeLearnerStates(stored, held) as DecodedLearnerState;
      const text = encodeLearnerState({ ...merged, seed: merged.seed ?? 0 }, course);
      const reread = defined(decodeLearnerState(text, course), 'the record read back');
      expect(encodeLearnerState({ ...reread, seed: reread.seed ?? 0 }, course)).toBe(text);
      expect(reread.questions).toEqual(merged.questions);
      expect(new Set(reread.visitedLessonIds)).toEqual(new Set(merged.visitedLessonIds));
      expect(mergeLearnerStates(stored, stored)).toEqual(stored);
    }), { numRuns: 100 });
  });

  it('keeps either one alone as it is', () => {
    const state: DecodedLearnerState = { visitedLessonIds: ['welcome'], questions: {}, scenarios: {} };
    expect(mergeLearnerStates(state, undefined)).toBe(state);
    expect(mergeLearnerStates(undefined, state)).toBe(state);
    expect(mergeLearnerStates(undefined, undefined)).toBeUndefined();
  });
});
