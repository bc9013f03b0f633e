import { describe, expect, it } from 'vitest';
import type { Question, QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { effectivePassMark, listQuizQuestions } from '../../../../src/core/quiz/quiz-questions';

const question = (id: string): Question => ({ kind: 'true-false', id, prompt: id, weight: 1, answer: true });

describe('listQuizQuestions', () => {
  it('lists plain questions and every question of each bank, in authored order', () => {
    const quiz: Pick<QuizDefinition, 'items'> = {
      items: [question('a'), { kind: 'bank', id: 'bank', draw: 1, questions: [question('b'), question('c')] }, question('d')],
    };
    expect(listQuizQuestions(quiz).map(({ id }) => id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('effectivePassMark', () => {
  it('gives a counted quiz the course pass mark unless it has its own', () => {
    expect(effectivePassMark({ counts: true }, 80)).toBe(80);
    expect(effectivePassMark({ counts: true, passMark: 60 }, 80)).toBe(60);
  });

  it('leaves a practice quiz with only its own pass mark, if any', () => {
    expect(effectivePassMark({ counts: false }, 80)).toBeUndefined();
    expect(effectivePassMark({ counts: false, passMark: 50 }, 80)).toBe(50);
  });
});
