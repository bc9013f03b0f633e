import { describe, expect, it } from 'vitest';
import { scoreQuiz } from '../../../../src/core/quiz/quiz-score';
import type { QuestionState } from '../../../../src/core/quiz/question-state';

const right: QuestionState = { attempts: 1, correct: true, revealed: false };
const wrong: QuestionState = { attempts: 2, correct: false, revealed: true };
const reader = (states: Record<string, QuestionState>) => (id: string) => states[id];

const questions = [
  { id: 'heavy', weight: 3 },
  { id: 'light', weight: 1 },
  { id: 'feeling', weight: 0 },
];
const bands = [{ min: 0, text: 'Keep going' }, { min: 75, text: 'Well done' }, { min: 50, text: 'Nearly' }];

describe('scoreQuiz', () => {
  it('adds the weights of right answers, all or nothing per question', () => {
    const result = scoreQuiz(questions, reader({ heavy: right, light: wrong, feeling: wrong }), { passMark: 75, bands });
    expect(result).toEqual({ answered: 3, total: 3, points: 3, maxPoints: 4, percent: 75, complete: true, passed: true, band: bands[1] });
  });

  it('fails below the pass mark and picks the highest band reached', () => {
    const result = scoreQuiz(questions, reader({ heavy: wrong, light: right, feeling: wrong }), { passMark: 75, bands });
    expect(result).toMatchObject({ points: 1, percent: 25, complete: true, passed: false, band: bands[0] });
  });

  it('rounds the percent', () => {
    const thirds = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }];
    expect(scoreQuiz(thirds, reader({ a: right, b: right, c: wrong }), {}).percent).toBe(67);
  });

  it('counts likert for completion but not for points', () => {
    const result = scoreQuiz(questions, reader({ heavy: right, light: right }), { passMark: 50, bands });
    expect(result).toEqual({ answered: 2, total: 3, points: 4, maxPoints: 4, percent: 100, complete: false, passed: false });
  });

  it('treats a revealed question never checked as unanswered', () => {
    const result = scoreQuiz([{ id: 'a', weight: 1 }], reader({ a: { attempts: 0, correct: false, revealed: true } }), {});
    expect(result).toMatchObject({ answered: 0, complete: false, points: 0 });
  });

  it('has no percent, band or failure when nothing carries points', () => {
    const onlyLikert = [{ id: 'feeling', weight: 0 }];
    expect(scoreQuiz(onlyLikert, reader({ feeling: wrong }), { passMark: 80, bands })).toEqual({
      answered: 1, total: 1, points: 0, maxPoints: 0, complete: true, passed: true,
    });
  });

  it('leaves passed out when no pass mark applies (formative)', () => {
    const result = scoreQuiz(questions, reader({ heavy: right, light: right, feeling: wrong }), {});
    expect(result.passed).toBeUndefined();
    expect(result.band).toBeUndefined();
    expect(result.percent).toBe(100);
  });

  it('passes exactly at the pass mark', () => {
    const two = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }];
    expect(scoreQuiz(two, reader({ a: right, b: wrong }), { passMark: 50 }).passed).toBe(true);
    expect(scoreQuiz(two, reader({ a: right, b: wrong }), { passMark: 51 }).passed).toBe(false);
  });
});
