// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadCourseContext, readPageContext, toCourseContext, toLessonUrl } from '../../../../src/runtime/scorm/course-page-context';
import { course, fetchedUrls, renderCoursePage, renderPageOutsideCourse, serveCourseJson, useCourseJson } from './course-page-fixture';
import { quizCourse } from './quiz-course-fixture';
import { scenarioCourse } from './scenario-course-fixture';

const readCourseContext = toCourseContext;

describe('course page context', () => {
  it('fetches the course data the body names, relative to the page, and reads the body’s page data', async () => {
    renderCoursePage('lesson', 'listening');
    fetchedUrls.length = 0;
    await expect(loadCourseContext(document)).resolves.toEqual(course);
    expect(fetchedUrls).toEqual([new URL('course-data.json', location.href).href]);
    expect(fetchedUrls[0]).toMatch(/\/courses\/peer-basics\/course-data\.json$/);
    expect(readPageContext(document)).toEqual({ kind: 'lesson', courseId: 'peer-basics', lessonId: 'listening', courseData: 'course-data.json' });
  });

  it('reads the questions and the counted quizzes’ plan', async () => {
    useCourseJson({ ...course, ...quizCourse });
    try {
      renderCoursePage('lesson', 'listening');
      await expect(loadCourseContext(document)).resolves.toEqual({ ...course, ...quizCourse });
    } finally {
      useCourseJson(course);
    }
  });

  it('reads a course without questions or plan as one where no quiz counts', () => {
    const { questions: _questions, ...withoutQuestions } = course;
    expect(readCourseContext(withoutQuestions)).toEqual({ ...withoutQuestions, questions: [] });
    expect(readCourseContext(withoutQuestions)?.assessment).toBeUndefined();
  });

  it('reads the scenarios, and a course without them as one with none', () => {
    expect(readCourseContext({ ...course, scenarios: scenarioCourse.scenarios })?.scenarios).toEqual(scenarioCourse.scenarios);
    const { scenarios: _scenarios, ...withoutScenarios } = course;
    expect(readCourseContext(withoutScenarios)).toEqual({ ...withoutScenarios, scenarios: [] });
  });

  it('does not track a course whose plan or questions are malformed', () => {
    expect(readCourseContext({ ...course, assessment: { passMark: '80', quizzes: [] } })).toBeUndefined();
    expect(readCourseContext({ ...course, questions: [{ id: 'q', kind: 'single' }] })).toBeUndefined();
    expect(readCourseContext({ ...course, questions: {} })).toBeUndefined();
    expect(readCourseContext({ ...course, scenarios: [{ ...scenarioCourse.scenarios[0], counts: 'graded' }] })).toBeUndefined();
    expect(readCourseContext({ ...course, scenarios: {} })).toBeUndefined();
  });

  it('reads the Take a break page as its own kind, not a lesson', () => {
    renderCoursePage('overview');
    document.body.dataset.pageKind = 'break';
    expect(readPageContext(document)).toEqual({ kind: 'break', courseId: 'peer-basics', lessonId: undefined, courseData: 'course-data.json' });
  });

  it('reads nothing from pages without valid course data', async () => {
    renderCoursePage('lesson', 'listening');
    serveCourseJson({ courseId: 'c', lessons: [{ id: 'a' }] });
    await expect(loadCourseContext(document)).resolves.toBeUndefined();
    renderPageOutsideCourse('<main>Catalogue</main>');
    fetchedUrls.length = 0;
    await expect(loadCourseContext(document)).resolves.toBeUndefined();
    expect(fetchedUrls).toEqual([]);
  });

  it('reads an unknown page kind as none', () => {
    document.body.dataset.pageKind = 'catalogue';
    delete document.body.dataset.courseId;
    delete document.body.dataset.lessonId;
    delete document.body.dataset.courseData;
    expect(readPageContext(document)).toEqual({ kind: undefined, courseId: undefined, lessonId: undefined, courseData: undefined });
  });

  it('points lesson links at a sibling file, wherever the LMS serves the package', () => {
    expect(toLessonUrl('listening', 'https://lms.example/pluginfile/42/courses/peer-basics/index.html?scorm=12'))
      .toBe('https://lms.example/pluginfile/42/courses/peer-basics/listening.html');
  });
});
