import { describe, expect, it } from 'vitest';
import type { QuizDefinition } from '../../../src/core/quiz/quiz-definition';
import { findStateKeyCollisions, measureWorstCaseState } from '../../../src/core/scorm/learner-state-codec';
import {
  describeQuestionKinds,
  generateStateBudgetCourse,
  LARGE_COURSE,
  quizzesToStateCourse,
  toStateBudgetRow,
} from '../../bench/state-budget-course';

describe('generateStateBudgetCourse', () => {
  it('writes the lessons and checks asked for, every kind in turn, with realistic ids', () => {
    const course = generateStateBudgetCourse(LARGE_COURSE);
    expect(course.lessonIds).toHaveLength(40);
    expect(course.questions).toHaveLength(200);
    expect(course.questions[56]?.id).toBe('check-3-question-17');
    expect(describeQuestionKinds(course.questions)).toBe('29 single, 29 multiple, 29 true-false, 29 fill-in, 28 matching, 28 sequencing, 28 likert');
    expect(course.questions.filter((question) => question.kind === 'fill-in').every((question) => question.maxLength === 60)).toBe(true);
    expect(findStateKeyCollisions(course)).toEqual([]);
  });

  it('needs 4 275 characters at worst: past the SCORM 1.2 limit of 4 096', () => {
    // 8 header + 40 × 4 lessons; per question 10 + body: 1 (single, 5-option multiple, true-false,
    // likert), 60 (fill-in), 4 (matching), 5 (sequencing).
    const expected = 8 + 160 + 29 * (11 + 11 + 11 + 70) + 28 * (14 + 15 + 11);
    expect(measureWorstCaseState(generateStateBudgetCourse(LARGE_COURSE))).toBe(expected);
    expect(expected).toBe(4275);
  });
});

describe('quizzesToStateCourse', () => {
  it('takes plain questions and every bank question, from every quiz', () => {
    const question = (id: string) => ({ id, kind: 'true-false' as const, prompt: id, weight: 1, answer: true });
    const quizzes: QuizDefinition[] = [
      { id: 'practice', lessonId: 'one', counts: false, bands: [], items: [question('a'), { kind: 'bank', id: 'bank', draw: 1, questions: [question('b'), question('c')] }] },
      { id: 'check', lessonId: 'two', counts: true, bands: [], items: [question('d')] },
    ];
    const course = quizzesToStateCourse(['one', 'two'], quizzes);
    expect(course.lessonIds).toEqual(['one', 'two']);
    expect(course.questions.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('toStateBudgetRow', () => {
  it('counts distinct lessons and questions and names clashing ids', () => {
    const course = generateStateBudgetCourse({ lessons: 3, checks: 1, questionsPerCheck: 2, fillInMaxLength: 10 });
    const row = toStateBudgetRow('tiny', course, {
      measureWorstCaseState: () => 123,
      findStateKeyCollisions: () => [{ namespace: 'lesson', ids: ['lesson-1', 'lesson-2'] }],
    });
    expect(row).toEqual({
      course: 'tiny',
      lessons: 3,
      questions: 2,
      kinds: '1 single, 1 multiple',
      worstCaseCharacters: 123,
      keyClashes: ['lesson lesson-1 = lesson lesson-2'],
    });
  });
});
