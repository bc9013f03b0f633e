// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { course, loadPage, renderCoursePage, renderPageOutsideCourse, settle, useCourseJson } from '../scorm/course-page-fixture';
import { createLms2004, createRecordingLms } from '../scorm/lms-fakes';
import { allQuestions, check, countedQuiz, peerSupport, quizCourse, right, wrong } from '../scorm/quiz-course-fixture';

let stop: AbortController | undefined;

/** A fresh document load: new module state, as after a real reload. */
async function loadModules() {
  stop?.abort();
  vi.resetModules();
  const tracking = await import('../../../../src/runtime/scorm/start-course-tracking');
  const quiz = await import('../../../../src/runtime/quiz/quiz-session');
  stop = new AbortController();
  const start = () => tracking.startCourseTracking({ navigate: vi.fn(), signal: stop?.signal });
  return { ...tracking, ...quiz, start };
}

const stateCourse = { lessonIds: course.lessons.map((lesson) => lesson.id), questions: allQuestions };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/courses/peer-basics/index.html');
  useCourseJson({ ...course, ...quizCourse });
});
afterEach(() => {
  stop?.abort();
  useCourseJson(course);
  Reflect.deleteProperty(window, 'API_1484_11');
});

describe('quiz session on the plain website', () => {
  it('waits for tracking to start, even when the quiz asks first, and keeps answers across a reload', async () => {
    renderCoursePage('lesson', 'listening');
    const first = await loadModules();
    const connecting = first.connectQuizSession();
    await first.start();
    const session = await connecting;
    expect(session.seed).toBe(first.readCourseTracker()?.readSeed());
    expect(session.readQuestionState(peerSupport.id)).toBeUndefined();
    const { state, interaction } = check(peerSupport, right);
    session.saveAnswer(peerSupport.id, state, interaction);
    expect(session.readQuestionState(peerSupport.id)).toEqual(state);
    window.dispatchEvent(new Event('pagehide'));

    renderCoursePage('lesson', 'listening');
    const second = await loadModules();
    void second.start();
    const resumed = await second.connectQuizSession();
    expect(resumed.seed).toBe(session.seed);
    expect(resumed.readQuestionState(peerSupport.id)).toEqual(state);
  });

  it('saves into the new local session that follows "Save and exit"', async () => {
    renderCoursePage('lesson', 'listening');
    const modules = await loadModules();
    const first = await modules.start();
    const session = await modules.connectQuizSession();
    const wrongCheck = check(peerSupport, wrong);
    session.saveAnswer(peerSupport.id, wrongCheck.state, wrongCheck.interaction);
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    await loadPage('lesson', 'boundaries');
    const next = modules.readCourseTracker();
    expect(next).not.toBe(first);
    expect(next?.readQuestionState(peerSupport.id)).toEqual(wrongCheck.state);
    const rightCheck = check(peerSupport, right, wrongCheck.state);
    session.saveAnswer(peerSupport.id, rightCheck.state, rightCheck.interaction);
    expect(next?.readQuestionState(peerSupport.id)).toEqual(rightCheck.state);
  });

  it('rejects on a page without course data, so the quiz can say answers are not kept', async () => {
    renderPageOutsideCourse('<main>Preview</main>');
    const modules = await loadModules();
    await expect(modules.whenCourseTrackerReady()).resolves.toBeUndefined();
    await expect(modules.connectQuizSession()).rejects.toThrow(/not running/);
  });
});

describe('quiz session inside a SCORM 2004 LMS', () => {
  it('sends answers to the LMS and restores them when the LMS resumes the attempt', async () => {
    const lms = createLms2004();
    const { api, control } = createRecordingLms(lms);
    Object.assign(window, { API_1484_11: api });
    renderCoursePage('lesson', 'listening');
    const first = await loadModules();
    void first.start();
    const session = await first.connectQuizSession();
    const { state, interaction } = check(peerSupport, right);
    session.saveAnswer(peerSupport.id, state, interaction);
    expect(lms.GetValue('cmi.interactions.0.id')).toBe(`urn:peerpath:peer-basics:${countedQuiz.id}:${peerSupport.id}`);
    const suspendData = lms.GetValue('cmi.suspend_data');
    expect(decodeLearnerState(suspendData, stateCourse)?.questions[peerSupport.id]).toEqual(state);
    window.dispatchEvent(new Event('pagehide'));
    expect(control.calls.filter((call) => call.name === 'Terminate')).toHaveLength(1);

    const next = createLms2004();
    next.loadFromJSON({ entry: 'resume', location: 'listening', suspend_data: suspendData, completion_status: 'incomplete' });
    Object.assign(window, { API_1484_11: next });
    renderCoursePage('lesson', 'listening');
    const second = await loadModules();
    void second.start();
    const resumed = await second.connectQuizSession();
    expect(resumed.seed).toBe(session.seed);
    expect(resumed.readQuestionState(peerSupport.id)).toEqual(state);
    await settle();
  });
});
