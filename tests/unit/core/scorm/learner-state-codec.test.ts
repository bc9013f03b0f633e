import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionState } from '../../../../src/core/quiz/question-state';
import {
  decodeLearnerState,
  encodeLearnerState,
  stateKey,
  type LearnerCourseState,
  type StateCourse,
} from '../../../../src/core/scorm/learner-state-codec';
import { courseWithState, findCollidingIds, isCollisionFree, makeQuestion } from './learner-state-arbitraries';

const course: StateCourse = {
  lessonIds: ['welcome', 'listening', 'boundaries'],
  questions: [
    makeQuestion('what-peer-support-is', 'single', ['mutual', 'advice', 'therapy']),
    makeQuestion('true-or-false', 'true-false', []),
    makeQuestion('name-it', 'fill-in', [], 40),
  ],
};

const collisionFree = ([course]: [StateCourse, LearnerCourseState]) => isCollisionFree(course);

describe('encodeLearnerState', () => {
  it('writes version, seed, lesson keys and length-prefixed question entries', () => {
    const state: LearnerCourseState = {
      seed: 1295,
      visitedLessonIds: ['listening', 'welcome'],
      questions: {
        'what-peer-support-is': { attempts: 2, correct: true, revealed: false, response: { kind: 'single', optionId: 'mutual' } },
        'name-it': { attempts: 1, correct: false, revealed: true, response: { kind: 'fill-in', text: 'a|b' } },
      },
    };
    const text = encodeLearnerState(state, course);
    // Pinned: learners' saved text must read back after any refactoring of the codec.
    expect(text).toBe('2|00zz|aiup2vyk|k6bk05258a06fup0716yia|b');
    expect(text.slice(7, 15)).toBe(`${stateKey('l', 'welcome')}${stateKey('l', 'listening')}`);
  });

  it('writes only the lessons and questions the course has', () => {
    const text = encodeLearnerState(
      { seed: 0, visitedLessonIds: ['gone'], questions: { gone: { attempts: 1, correct: true, revealed: false } } },
      course,
    );
    expect(text).toBe('2|0000||');
  });

  it('refuses a seed that does not fit four base-36 digits', () => {
    for (const seed of [-1, 36 ** 4, 1.5, Number.NaN]) {
      expect(() => encodeLearnerState({ seed, visitedLessonIds: [], questions: {} }, course)).toThrow(RangeError);
    }
  });

  it('saves at most 35 attempts, and a response the question cannot hold not at all', () => {
    const state: LearnerCourseState = {
      seed: 7,
      visitedLessonIds: [],
      questions: {
        'what-peer-support-is': { attempts: 40, correct: false, revealed: true, response: { kind: 'single', optionId: 'unknown' } },
        'name-it': { attempts: 1, correct: false, revealed: false, response: { kind: 'fill-in', text: 'x'.repeat(41) } },
      },
    };
    expect(decodeLearnerState(encodeLearnerState(state, course), course)?.questions).toEqual({
      'what-peer-support-is': { attempts: 35, correct: false, revealed: true },
      'name-it': { attempts: 1, correct: false, revealed: false },
    });
  });
});

describe('decodeLearnerState', () => {
  it('round-trips any state of any course (all seven kinds, any fill-in text)', () => {
    fc.assert(
      fc.property(courseWithState.filter(collisionFree), ([course, state]) => {
        const decoded = decodeLearnerState(encodeLearnerState(state, course), course);
        expect(decoded).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('reads format 1 as visited lessons without a seed, so the caller makes one', () => {
    const decoded = decodeLearnerState('1|listening,gone,welcome', course);
    // A lesson the course no longer has is carried as a format 2 key, so writing the state back keeps it.
    expect(decoded).toEqual({
      visitedLessonIds: ['welcome', 'listening'], questions: {}, scenarios: {},
      unknown: { lessonKeys: [stateKey('l', 'gone')], questionEntries: [], scenarioEntries: [] },
    });
    expect(decoded && 'seed' in decoded).toBe(false);
    expect(decodeLearnerState('1|', course)).toEqual({ visitedLessonIds: [], questions: {}, scenarios: {} });
    expect(decodeLearnerState('1|welcome|extra', course)?.visitedLessonIds).toEqual(['welcome']);
  });

  it('reads empty, foreign or future text as nothing usable', () => {
    for (const text of ['', 'garbage', '3|0000||', '2|', '2|ZZZZ||', '2|00z', '2|00zz', '{"visited":[]}', '|2|0000||']) {
      expect(decodeLearnerState(text, course)).toBeUndefined();
    }
  });

  it('keeps the seed and lessons of text cut short before the entries', () => {
    const welcome = stateKey('l', 'welcome');
    expect(decodeLearnerState(`2|0010|${welcome}`, course)).toEqual({ seed: 36, visitedLessonIds: ['welcome'], questions: {}, scenarios: {} });
    expect(decodeLearnerState(`2|0010|${welcome}xy`, course)?.visitedLessonIds).toEqual(['welcome']);
  });

  it('never throws on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('2', '|', '0', 'z', 'a', '-', 't', '1', '4') }).map((rest) => `2|${rest}`),
    );
    fc.assert(fc.property(text, (garbage) => {
      const decoded = decodeLearnerState(garbage, course);
      expect(decoded === undefined || Array.isArray(decoded.visitedLessonIds)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('keeps every entry that is whole when the text is cut anywhere', () => {
    fc.assert(
      fc.property(courseWithState.filter(collisionFree), fc.nat(), ([course, state], cut) => {
        const text = encodeLearnerState(state, course);
        const decoded = decodeLearnerState(text.slice(0, cut % (text.length + 1)), course);
        for (const id of decoded?.visitedLessonIds ?? []) expect(state.visitedLessonIds).toContain(id);
        for (const [id, saved] of Object.entries(decoded?.questions ?? {})) expect(saved).toEqual(state.questions[id]);
        for (const [id, saved] of Object.entries(decoded?.scenarios ?? {})) expect(saved).toEqual(state.scenarios?.[id]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives any one character of saved text being changed', () => {
    fc.assert(
      fc.property(courseWithState, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), ([course, state], at, character) => {
        const text = encodeLearnerState(state, course);
        const index = at % text.length;
        expect(() => decodeLearnerState(`${text.slice(0, index)}${character}${text.slice(index + 1)}`, course)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('treats ids such as "constructor" as plain ids', () => {
    const odd: StateCourse = {
      lessonIds: ['constructor'],
      questions: [makeQuestion('constructor', 'true-false', [])],
      scenarios: [{ id: 'constructor', choiceIds: ['constructor'], endingIds: ['__proto__'], dimensions: ['toString', '__proto__'] }],
    };
    const state: LearnerCourseState = {
      seed: 1,
      visitedLessonIds: ['constructor'],
      questions: { constructor: { attempts: 1, correct: true, revealed: false } },
      scenarios: { constructor: { path: ['constructor'], endingsReached: ['__proto__'], lastOutcome: { endingId: '__proto__', scores: JSON.parse('{"toString":1,"__proto__":2}') as Record<string, number> } } },
    };
    const decoded = decodeLearnerState(encodeLearnerState(state, odd), odd);
    expect(decoded).toEqual(state);
    expect(Object.keys(decoded?.scenarios['constructor']?.lastOutcome?.scores ?? {})).toEqual(['toString', '__proto__']);
    expect(decodeLearnerState(encodeLearnerState({ ...state, questions: {}, scenarios: {} }, odd), odd)).toMatchObject({ questions: {}, scenarios: {} });
  });

  it('restores nothing for ids whose keys clash, rather than the wrong id\'s progress', () => {
    const [first, second] = findCollidingIds('q');
    const clashing: StateCourse = { lessonIds: [], questions: [makeQuestion(first, 'true-false', []), makeQuestion(second, 'true-false', [])] };
    const answered: QuestionState = { attempts: 1, correct: true, revealed: false };
    const text = encodeLearnerState({ seed: 1, visitedLessonIds: [], questions: { [first]: answered } }, clashing);
    expect(decodeLearnerState(text, clashing)?.questions).toEqual({});
  });
});
