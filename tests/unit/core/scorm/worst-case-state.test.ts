import type { Question } from '../../../../src/core/quiz/quiz-definition';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLearnerState, encodeLearnerState, findStateKeyCollisions, type StateCourse } from '../../../../src/core/scorm/learner-state-codec';
import { measureWorstCaseState } from '../../../../src/core/scorm/worst-case-state';
import { courseWithState, makeQuestion, maximalState, stateCourse, stableId } from './learner-state-arbitraries';

describe('measureWorstCaseState', () => {
  it('counts the header, 4 characters a lesson, and 10 plus the longest response a question', () => {
    const course: StateCourse = {
      lessonIds: ['a', 'b'],
      questions: [
        makeQuestion('single', 'single', ['x', 'y', 'z']), // 10 + 1
        makeQuestion('multiple', 'multiple', ['a', 'b', 'c', 'd', 'e', 'f']), // 10 + "1r" (63)
        makeQuestion('fill', 'fill-in', [], 60), // 10 + 60
        makeQuestion('order', 'sequencing', ['a', 'b', 'c', 'd']), // 10 + 4
        makeQuestion('empty', 'likert', []), // 10 + 0
      ],
    };
    expect(measureWorstCaseState(course)).toBe(8 + 2 * 4 + 11 + 12 + 70 + 14 + 10);
    expect(measureWorstCaseState({ lessonIds: [], questions: [] })).toBe('2|0000||'.length);
  });

  it('never is exceeded by an encoded state, whatever the state holds', () => {
    const anyResponse = fc.oneof(
      fc.record({ kind: fc.constant('fill-in' as const), text: fc.string({ unit: 'binary', maxLength: 3000 }) }),
      fc.record({ kind: fc.constant('sequencing' as const), order: fc.array(stableId, { maxLength: 50 }) }),
      fc.record({ kind: fc.constant('multiple' as const), optionIds: fc.array(stableId, { maxLength: 50 }) }),
      fc.record({ kind: fc.constant('matching' as const), matches: fc.array(fc.tuple(stableId, stableId), { maxLength: 50 }) }),
    );
    const wild = fc.record({ attempts: fc.integer({ min: -5, max: 1000 }), correct: fc.boolean(), revealed: fc.boolean(), response: anyResponse });
    fc.assert(
      fc.property(courseWithState, fc.array(wild, { maxLength: 14 }), ([course, state], wildStates) => {
        const questions = { ...state.questions };
        course.questions.forEach((question, index) => {
          const replacement = wildStates[index];
          if (replacement) questions[question.id] = replacement;
        });
        const text = encodeLearnerState({ ...state, questions }, course);
        expect(text.length).toBeLessThanOrEqual(measureWorstCaseState(course));
      }),
      { numRuns: 300 },
    );
  });

  it('is reached exactly by every lesson visited and every question answered at its longest', () => {
    fc.assert(
      fc.property(stateCourse.filter((course) => findStateKeyCollisions(course).length === 0), (course) => {
        const state = maximalState(course);
        const text = encodeLearnerState(state, course);
        expect(text.length).toBe(measureWorstCaseState(course));
        // …and reads back whole: full-length fill-ins, every choice, attempts capped at 35.
        const decoded = decodeLearnerState(text, course);
        for (const question of course.questions) {
          const saved = state.questions[question.id];
          const restorable = !(question.kind === 'single' && question.options.length === 0) && !(question.kind === 'likert' && question.scale.length === 0);
          expect(decoded?.questions[question.id]).toEqual({ ...saved, attempts: 35, response: restorable ? saved?.response : undefined });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a long fill-in only up to what one entry can hold, and no response for more than 36 choices', () => {
    const ids = Array.from({ length: 37 }, (_, index) => `option-${index}`);
    const course: StateCourse<Question> = {
      lessonIds: [],
      questions: [makeQuestion('long', 'fill-in', [], 5000), makeQuestion('many', 'single', ids), makeQuestion('most', 'multiple', ids.slice(1))],
    };
    expect(measureWorstCaseState(course)).toBe(8 + (10 + 1291) + 10 + (10 + (2 ** 36 - 1).toString(36).length));
    expect(encodeLearnerState(maximalState(course), course).length).toBe(measureWorstCaseState(course));
  });
});
