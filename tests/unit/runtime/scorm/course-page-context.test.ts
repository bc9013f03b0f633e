// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadCourseContext, readPageContext, toCourseContext, toLessonUrl } from '../../../../src/runtime/scorm/course-page-context';
import { course, fetchedUrls, renderCoursePage, serveCourseJson, useCourseJson } from './course-page-fixture';
import { quizCourse } from './quiz-course-fixture';
import { scenarioCourse } from './scenario-course-fixture';

const readCourseContext = toCourseContext;

describe('course page context', () => {
  it('fetches the course data beside the page, and reads the body’s page data', async () => {
    renderCoursePage('lesson', 'listening');
    fetchedUrls.length = 0;
    await expect(loadCourseContext()).resolves.toEqual(course);
    // Relative: the browser resolves it against the page, the course folder of the site or of a package.
    expect(fetchedUrls).toEqual(['course-data.json']);
    expect(readPageContext(document)).toEqual({ kind: 'lesson', courseId: 'peer-basics', lessonId: 'listening' });
  });

  it('reads the questions and the counted quizzes’ plan', async () => {
    useCourseJson({ ...course, ...quizCourse });
    try {
      renderCoursePage('lesson', 'listening');
      await expect(loadCourseContext()).resolves.toEqual({ ...course, ...quizCourse });
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
    expect(readPageContext(document)).toEqual({ kind: 'break', courseId: 'peer-basics', lessonId: undefined });
  });

  it('reads nothing from pages without valid course data', async () => {
    renderCoursePage('lesson', 'listening');
    serveCourseJson({ courseId: 'c', lessons: [{ id: 'a' }] });
    await expect(loadCourseContext()).resolves.toBeUndefined();
    serveCourseJson('<!doctype html><p>Not found</p>');
    await expect(loadCourseContext()).resolves.toBeUndefined();
  });

  it('reads an unknown page kind as none', () => {
    document.body.dataset.pageKind = 'catalogue';
    delete document.body.dataset.courseId;
    delete document.body.dataset.lessonId;
    expect(readPageContext(document)).toEqual({ kind: undefined, courseId: undefined, lessonId: undefined });
  });

  it('points lesson links at a sibling file, wherever the LMS serves the package', () => {
    expect(toLessonUrl({ id: 'listening' }, 'https://lms.example/pluginfile/42/courses/peer-basics/index.html?scorm=12'))
      .toBe('https://lms.example/pluginfile/42/courses/peer-basics/listening.html');
  });

  it('points a lesson not yet translated at the folder of the language version that has it', () => {
    expect(toLessonUrl({ id: 'listening', folder: 'peer-basics' }, 'https://lms.example/pluginfile/42/courses/peer-basics-da/index.html?scorm=12'))
      .toBe('https://lms.example/pluginfile/42/courses/peer-basics/listening.html');
  });
});
