import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureCourseProgress } from '../../../../src/core/scorm/course-progress';

const lessons = [
  { id: 'welcome', required: true },
  { id: 'extra-reading', required: false },
  { id: 'listening', required: true },
];

describe('measureCourseProgress', () => {
  it('counts only required lessons', () => {
    expect(measureCourseProgress(lessons, new Set(['welcome', 'extra-reading']))).toEqual({
      visitedRequired: 1, totalRequired: 2, answeredCountedQuestions: 0, totalCountedQuestions: 0,
      reachedCountedScenarios: 0, totalCountedScenarios: 0, measure: 0.5, complete: false,
    });
  });

  it('is complete once every required lesson is visited, optional ones or not', () => {
    expect(measureCourseProgress(lessons, new Set(['welcome', 'listening'])))
      .toMatchObject({ visitedRequired: 2, totalRequired: 2, measure: 1, complete: true });
  });

  it('ignores visited ids that are not lessons of the course', () => {
    expect(measureCourseProgress(lessons, new Set(['gone'])).measure).toBe(0);
  });

  it('treats a course with nothing required as complete', () => {
    expect(measureCourseProgress([{ id: 'a', required: false }], new Set()))
      .toMatchObject({ visitedRequired: 0, totalRequired: 0, measure: 1, complete: true });
  });

  it('counts answered questions of counted quizzes as steps beside required lessons', () => {
    const progress = measureCourseProgress(lessons, new Set(['welcome']), { quizzesComplete: false, answered: 2, total: 6 });
    expect(progress).toEqual({
      visitedRequired: 1, totalRequired: 2, answeredCountedQuestions: 2, totalCountedQuestions: 6,
      reachedCountedScenarios: 0, totalCountedScenarios: 0, measure: 3 / 8, complete: false,
    });
  });

  it('counts each counted scenario as one step, done once an ending is reached', () => {
    const quizzes = { quizzesComplete: true, answered: 2, total: 2 };
    const progress = measureCourseProgress(lessons, new Set(['welcome', 'listening']), quizzes, { scenariosComplete: false, reached: 1, total: 2 });
    expect(progress).toMatchObject({ reachedCountedScenarios: 1, totalCountedScenarios: 2, measure: 5 / 6, complete: false });
    expect(measureCourseProgress(lessons, new Set(['welcome', 'listening']), quizzes, { scenariosComplete: true, reached: 2, total: 2 }))
      .toMatchObject({ measure: 1, complete: true });
    expect(measureCourseProgress(lessons, new Set(['welcome']), quizzes, { scenariosComplete: true, reached: 2, total: 2 }).complete).toBe(false);
  });

  it('is complete only when the lessons are visited and the counted quizzes complete', () => {
    const visited = new Set(['welcome', 'listening']);
    expect(measureCourseProgress(lessons, visited, { quizzesComplete: false, answered: 5, total: 6 }).complete).toBe(false);
    expect(measureCourseProgress(lessons, new Set(['welcome']), { quizzesComplete: true, answered: 6, total: 6 }).complete).toBe(false);
    expect(measureCourseProgress(lessons, visited, { quizzesComplete: true, answered: 6, total: 6 }))
      .toMatchObject({ measure: 1, complete: true });
  });

  it('keeps the measure in [0, 1] and reaches 1 exactly when everything is done', () => {
    fc.assert(fc.property(
      fc.subarray(lessons.map((lesson) => lesson.id)), fc.nat(20), fc.nat(20), fc.nat(4), fc.nat(4),
      (visited, answered, total, reached, scenarios) => {
        const progress = measureCourseProgress(lessons, new Set(visited), { quizzesComplete: answered >= total, answered, total },
          { scenariosComplete: reached >= scenarios, reached, total: scenarios });
        expect(progress.measure).toBeGreaterThanOrEqual(0);
        expect(progress.measure).toBeLessThanOrEqual(1);
        expect(progress.measure === 1).toBe(progress.complete);
      },
    ));
  });
});
