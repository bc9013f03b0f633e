// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readCourseContext, readPageContext, toLessonUrl } from '../../../../src/runtime/scorm/course-page-context';
import { course, renderCoursePage, useCourseJson } from './course-page-fixture';
import { quizCourse } from './quiz-course-fixture';
import { scenarioCourse } from './scenario-course-fixture';

const writeCourseJson = (json: unknown) => {
  document.head.innerHTML = `<script type="application/json" id="peerpath-course">${JSON.stringify(json)}</script>`;
};

describe('course page context', () => {
  it('reads the course JSON and the body’s page data', () => {
    renderCoursePage('lesson', 'listening');
    expect(readCourseContext(document)).toEqual(course);
    expect(readPageContext(document)).toEqual({ kind: 'lesson', courseId: 'peer-basics', lessonId: 'listening' });
  });

  it('reads the questions and the counted quizzes’ plan', () => {
    useCourseJson({ ...course, ...quizCourse });
    try {
      renderCoursePage('lesson', 'listening');
      expect(readCourseContext(document)).toEqual({ ...course, ...quizCourse });
    } finally {
      useCourseJson(course);
    }
  });

  it('reads a course without questions or plan as one where no quiz counts', () => {
    const { questions: _questions, ...withoutQuestions } = course;
    writeCourseJson(withoutQuestions);
    expect(readCourseContext(document)).toEqual({ ...withoutQuestions, questions: [] });
    expect(readCourseContext(document)?.assessment).toBeUndefined();
  });

  it('reads the scenarios, and a course without them as one with none', () => {
    writeCourseJson({ ...course, scenarios: scenarioCourse.scenarios });
    expect(readCourseContext(document)?.scenarios).toEqual(scenarioCourse.scenarios);
    const { scenarios: _scenarios, ...withoutScenarios } = course;
    writeCourseJson(withoutScenarios);
    expect(readCourseContext(document)).toEqual({ ...withoutScenarios, scenarios: [] });
  });

  it('does not track a course whose plan or questions are malformed', () => {
    writeCourseJson({ ...course, assessment: { passMark: '80', quizzes: [] } });
    expect(readCourseContext(document)).toBeUndefined();
    writeCourseJson({ ...course, questions: [{ id: 'q', kind: 'single' }] });
    expect(readCourseContext(document)).toBeUndefined();
    writeCourseJson({ ...course, questions: {} });
    expect(readCourseContext(document)).toBeUndefined();
    writeCourseJson({ ...course, scenarios: [{ ...scenarioCourse.scenarios[0], counts: 'graded' }] });
    expect(readCourseContext(document)).toBeUndefined();
    writeCourseJson({ ...course, scenarios: {} });
    expect(readCourseContext(document)).toBeUndefined();
  });

  it('reads the Take a break page as its own kind, not a lesson', () => {
    renderCoursePage('overview');
    document.body.dataset.pageKind = 'break';
    expect(readPageContext(document)).toEqual({ kind: 'break', courseId: 'peer-basics', lessonId: undefined });
  });

  it('reads nothing from pages without valid course data', () => {
    document.head.innerHTML = '<script type="application/json" id="peerpath-course">{broken</script>';
    expect(readCourseContext(document)).toBeUndefined();
    document.head.innerHTML = '<script type="application/json" id="peerpath-course">{"courseId":"c","lessons":[{"id":"a"}]}</script>';
    expect(readCourseContext(document)).toBeUndefined();
    document.head.innerHTML = '';
    expect(readCourseContext(document)).toBeUndefined();
  });

  it('reads an unknown page kind as none', () => {
    document.body.dataset.pageKind = 'catalogue';
    delete document.body.dataset.courseId;
    delete document.body.dataset.lessonId;
    expect(readPageContext(document)).toEqual({ kind: undefined, courseId: undefined, lessonId: undefined });
  });

  it('points lesson links at a sibling file, wherever the LMS serves the package', () => {
    expect(toLessonUrl('listening', 'https://lms.example/pluginfile/42/courses/peer-basics/index.html?scorm=12'))
      .toBe('https://lms.example/pluginfile/42/courses/peer-basics/listening.html');
  });
});
