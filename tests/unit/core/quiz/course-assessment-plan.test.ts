import { describe, expect, it } from 'vitest';
import { isAssessmentPlan, toAssessmentPlan } from '../../../../src/core/quiz/course-assessment-plan';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { bankOf, choiceQuestion, likert } from './sample-questions';
import { itemAt } from '../../../support/defined';

const quizzes: QuizDefinition[] = [
  { id: 'practice', lessonId: 'intro', counts: false, items: [choiceQuestion('warm-up')], bands: [] },
  { id: 'role-check', lessonId: 'roles', counts: true, passMark: 90, items: [choiceQuestion('role', 2), likert], bands: [] },
  { id: 'final', lessonId: 'end', counts: true, items: [bankOf('pool', 1, ['p1', 'p2']), choiceQuestion('last')], bands: [] },
];

describe('toAssessmentPlan', () => {
  it('keeps counted quizzes in order, with ids and weights only, defaulting the pass mark to the course', () => {
    expect(toAssessmentPlan(quizzes, 80)).toEqual({
      passMark: 80,
      quizzes: [
        { id: 'role-check', lessonId: 'roles', passMark: 90, items: [{ question: 'role', weight: 2 }, { question: 'ready-to-listen', weight: 0 }] },
        {
          id: 'final', lessonId: 'end', passMark: 80,
          items: [{ bank: 'pool', draw: 1, questions: [{ question: 'p1', weight: 1 }, { question: 'p2', weight: 1 }] }, { question: 'last', weight: 1 }],
        },
      ],
    });
  });

  it('plans nothing when no quiz counts', () => {
    expect(toAssessmentPlan([itemAt(quizzes, 0)], 70)).toEqual({ passMark: 70, quizzes: [] });
  });
});

describe('isAssessmentPlan', () => {
  it('accepts a plan, also after a JSON round trip', () => {
    const plan = toAssessmentPlan(quizzes, 80);
    expect(isAssessmentPlan(plan)).toBe(true);
    expect(isAssessmentPlan(JSON.parse(JSON.stringify(plan)))).toBe(true);
    expect(isAssessmentPlan({ passMark: 0, quizzes: [] })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'plan'],
    ['no pass mark', { quizzes: [] }],
    ['a pass mark that is not a number', { passMark: '80', quizzes: [] }],
    ['a quiz without items', { passMark: 80, quizzes: [{ id: 'q', lessonId: 'l', passMark: 80 }] }],
    ['an item with neither question nor bank', { passMark: 80, quizzes: [{ id: 'q', lessonId: 'l', passMark: 80, items: [{ weight: 1 }] }] }],
    ['a bank without draw', { passMark: 80, quizzes: [{ id: 'q', lessonId: 'l', passMark: 80, items: [{ bank: 'b', questions: [] }] }] }],
    ['a weight that is not finite', { passMark: 80, quizzes: [{ id: 'q', lessonId: 'l', passMark: 80, items: [{ question: 'x', weight: null }] }] }],
  ])('rejects %s', (_, value) => {
    expect(isAssessmentPlan(value)).toBe(false);
  });
});
