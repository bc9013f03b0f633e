import { describe, expect, it } from 'vitest';
import { toAssessmentPlan } from '../../../src/core/quiz/course-assessment-plan';
import { toScenarioPlan } from '../../../src/core/scenario/scenario-plan';
import { readBuiltCourses } from '../../../src/integration/read-built-courses';
import { single } from '../core/quiz/sample-questions';
import { diagnosis } from '../core/scenario/sample-scenarios';
import { createBuiltSite } from './scorm/built-site';

const courseData = (courseId: string, extra: Record<string, unknown>) => JSON.stringify({
  courseId, title: `Course ${courseId}`, summary: 'What it is about.', version: '1.0.0', language: 'en',
  lessons: [{ id: 'welcome', title: 'Welcome', required: true }], questions: [], scenarios: [], ...extra,
});

describe('readBuiltCourses', () => {
  it('hands packaging the pass mark only for a course that reports a score', () => {
    const counted = toAssessmentPlan([{ id: 'check', lessonId: 'welcome', counts: true, items: [single], bands: [] }], 75);
    const practice = toAssessmentPlan([{ id: 'check', lessonId: 'welcome', counts: false, items: [single], bands: [] }], 75);
    const dist = createBuiltSite({
      'courses/a/course-data.json': courseData('a', { assessment: counted }),
      'courses/b/course-data.json': courseData('b', { assessment: practice }),
      'courses/c/course-data.json': courseData('c', { assessment: practice, scenarios: toScenarioPlan([{ ...diagnosis, counts: 'score' }]) }),
    });
    expect(readBuiltCourses(dist).map((course) => [course.id, course.passMark])).toEqual([['a', 75], ['b', undefined], ['c', 75]]);
  });
});
