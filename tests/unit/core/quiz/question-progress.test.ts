import { describe, expect, it } from 'vitest';
import { attemptsLeft, canReveal, checkAnswer, isSettled, revealAnswer } from '../../../../src/core/quiz/question-progress';
import type { QuestionState } from '../../../../src/core/quiz/question-state';
import { likert, single } from './sample-questions';

const right = { kind: 'single', optionId: 'mutual' } as const;
const wrong = { kind: 'single', optionId: 'advice' } as const;
const limited = { ...single, attempts: 2 };
const revealAfterOne = { ...single, revealAfter: 1 };

describe('checkAnswer', () => {
  it('counts the attempt and records whether it was right', () => {
    const first = checkAnswer(single, undefined, wrong);
    expect(first).toEqual({ attempts: 1, correct: false, revealed: false, response: wrong });
    expect(checkAnswer(single, first, right)).toEqual({ attempts: 2, correct: true, revealed: false, response: right });
  });

  it('keeps going without reveal when attempts are unlimited', () => {
    let state: QuestionState | undefined;
    for (let check = 0; check < 10; check += 1) state = checkAnswer(single, state, wrong);
    expect(state).toMatchObject({ attempts: 10, revealed: false });
    expect(attemptsLeft(single, state)).toBeUndefined();
    expect(isSettled(single, state)).toBe(false);
  });

  it('reveals when limited attempts run out without a right answer', () => {
    const first = checkAnswer(limited, undefined, wrong);
    expect(first.revealed).toBe(false);
    expect(checkAnswer(limited, first, wrong).revealed).toBe(true);
    expect(checkAnswer(limited, first, right)).toMatchObject({ correct: true, revealed: false });
  });

  it('keeps a revealed answer revealed', () => {
    expect(checkAnswer(single, revealAnswer(undefined), right)).toMatchObject({ attempts: 1, correct: true, revealed: true });
  });

  it('never reveals likert, which has no answer to show', () => {
    const state = checkAnswer({ ...likert, attempts: 1 }, undefined, { kind: 'likert', levelId: 'a' });
    expect(state).toEqual({ attempts: 1, correct: false, revealed: false, response: { kind: 'likert', levelId: 'a' } });
  });
});

describe('revealAnswer', () => {
  it('keeps attempts and the latest response', () => {
    const checked = checkAnswer(single, undefined, wrong);
    expect(revealAnswer(checked)).toEqual({ attempts: 1, correct: false, revealed: true, response: wrong });
    expect(revealAnswer(undefined)).toEqual({ attempts: 0, correct: false, revealed: true });
  });
});

describe('attemptsLeft', () => {
  it('counts down from the limit and stops at zero', () => {
    expect(attemptsLeft(limited, undefined)).toBe(2);
    expect(attemptsLeft(limited, { attempts: 1, correct: false, revealed: false })).toBe(1);
    expect(attemptsLeft(limited, { attempts: 5, correct: false, revealed: true })).toBe(0);
  });
});

describe('canReveal', () => {
  it('with revealAfter: only after that many checks, and not once right or revealed', () => {
    expect(canReveal(revealAfterOne, undefined)).toBe(false);
    const wrongOnce = checkAnswer(revealAfterOne, undefined, wrong);
    expect(canReveal(revealAfterOne, wrongOnce)).toBe(true);
    expect(canReveal(revealAfterOne, checkAnswer(revealAfterOne, undefined, right))).toBe(false);
    expect(canReveal(revealAfterOne, revealAnswer(wrongOnce))).toBe(false);
    expect(canReveal({ ...single, revealAfter: 0 }, undefined)).toBe(true);
  });

  it('without revealAfter: only once limited attempts have run out (never when unlimited)', () => {
    expect(canReveal(single, { attempts: 50, correct: false, revealed: false })).toBe(false);
    expect(canReveal(limited, { attempts: 1, correct: false, revealed: false })).toBe(false);
    expect(canReveal(limited, { attempts: 2, correct: false, revealed: false })).toBe(true);
  });

  it('never for likert', () => {
    expect(canReveal({ ...likert, revealAfter: 0 }, { attempts: 3, correct: false, revealed: false })).toBe(false);
  });
});

describe('isSettled', () => {
  it('is settled when right, revealed or out of attempts', () => {
    expect(isSettled(single, undefined)).toBe(false);
    expect(isSettled(single, { attempts: 1, correct: false, revealed: false })).toBe(false);
    expect(isSettled(single, { attempts: 1, correct: true, revealed: false })).toBe(true);
    expect(isSettled(single, { attempts: 0, correct: false, revealed: true })).toBe(true);
    expect(isSettled(limited, { attempts: 2, correct: false, revealed: false })).toBe(true);
    expect(isSettled(limited, { attempts: 1, correct: false, revealed: false })).toBe(false);
  });
});
