import { describe, expect, it } from 'vitest';
import { measureCourseProgress } from '../../../../src/core/scorm/course-progress';

const lessons = [
  { id: 'welcome', required: true },
  { id: 'extra-reading', required: false },
  { id: 'listening', required: true },
];

describe('measureCourseProgress', () => {
  it('counts only required lessons', () => {
    expect(measureCourseProgress(lessons, new Set(['welcome', 'extra-reading'])))
      .toEqual({ visitedRequired: 1, totalRequired: 2, measure: 0.5, complete: false });
  });

  it('is complete once every required lesson is visited, optional ones or not', () => {
    expect(measureCourseProgress(lessons, new Set(['welcome', 'listening'])))
      .toEqual({ visitedRequired: 2, totalRequired: 2, measure: 1, complete: true });
  });

  it('ignores visited ids that are not lessons of the course', () => {
    expect(measureCourseProgress(lessons, new Set(['gone'])).measure).toBe(0);
  });

  it('treats a course with nothing required as complete', () => {
    expect(measureCourseProgress([{ id: 'a', required: false }], new Set()))
      .toEqual({ visitedRequired: 0, totalRequired: 0, measure: 1, complete: true });
  });
});
