// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { course, loadPage, markStates, noticeText, renderCoursePage, settle } from './course-page-fixture';
import { createLms12, createLms2004, createRecordingLms } from './lms-fakes';

let stop: AbortController;

async function startTracking(navigate = vi.fn()) {
  vi.resetModules();
  const { startCourseTracking } = await import('../../../../src/runtime/scorm/start-course-tracking');
  stop = new AbortController();
  const tracker = await startCourseTracking({ navigate, signal: stop.signal });
  return { tracker, navigate };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  stop.abort();
  for (const name of ['API', 'API_1484_11']) Reflect.deleteProperty(window, name);
});

describe('course tracking inside a SCORM 2004 LMS', () => {
  it('resumes at the bookmark, records lessons across navigations and finishes once', async () => {
    const lms = createLms2004();
    lms.loadFromJSON({ entry: 'resume', location: 'listening', suspend_data: '1|welcome,listening', completion_status: 'incomplete' });
    const { api, control } = createRecordingLms(lms);
    Object.assign(window, { API_1484_11: api });
    history.replaceState(null, '', '/courses/peer-basics/index.html?scorm=2004');
    renderCoursePage('overview');

    const { tracker, navigate } = await startTracking();
    expect(tracker?.adapter.version).toBe('2004');
    expect(navigate).toHaveBeenCalledWith('http://localhost:3000/courses/peer-basics/listening.html');
    expect(markStates()).toContain('welcome:visited:Visited');
    expect(document.querySelector('[data-course-progress]')?.textContent).toBe('2 of 3 required lessons visited');

    history.replaceState(null, '', '/courses/peer-basics/listening.html');
    await loadPage('lesson', 'boundaries');
    expect(lms.GetValue('cmi.location')).toBe('boundaries');
    expect(lms.GetValue('cmi.completion_status')).toBe('completed');
    await loadPage('overview');
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(document.querySelector<HTMLAnchorElement>('[data-resume-link]')?.hidden).toBe(false);

    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    window.dispatchEvent(new Event('pagehide'));
    expect(noticeText()).toBe('Your progress is saved.');
    expect(control.calls.filter((call) => call.name === 'Terminate')).toHaveLength(1);
    expect(control.calls.filter((call) => call.name === 'Initialize')).toHaveLength(1);
    expect(lms.GetLastError()).toBe('0');
    expect('API' in window).toBe(false);
  });

  it('commits when the page is hidden', async () => {
    const { api, control } = createRecordingLms(createLms2004());
    Object.assign(window, { API_1484_11: api });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    const commits = control.calls.filter((call) => call.name === 'Commit').length;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'visibilityState');
    expect(control.calls.filter((call) => call.name === 'Commit')).toHaveLength(commits + 1);
  });

  it('says the platform is not recording (never "saved"), not an error, when a reload finds the session terminated', async () => {
    const lms = createLms2004();
    lms.Initialize('');
    lms.Terminate('');
    Object.assign(window, { API_1484_11: lms });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(noticeText()).toBe('The platform is not recording; kept on this device.');
    await loadPage('lesson', 'listening');
    expect(noticeText()).toBe('The platform is not recording; kept on this device.');
  });
});

describe('course tracking after the back-forward cache restores a page', () => {
  it('keeps progress on the device rather than tracking into a terminated session', async () => {
    const { api, control } = createRecordingLms(createLms2004());
    Object.assign(window, { API_1484_11: api });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle();
    expect(noticeText()).toBe('The platform is not recording; kept on this device.');
    const callsAfterRestore = control.calls.length;
    await loadPage('lesson', 'listening');
    expect(control.calls.length).toBe(callsAfterRestore);
  });
});

describe('course tracking inside a SCORM 1.2 LMS', () => {
  it('uses the version from the launch URL for the whole launch', async () => {
    const lms12 = createLms12();
    Object.assign(window, { API: lms12, API_1484_11: createLms2004() });
    history.replaceState(null, '', '/courses/peer-basics/index.html?scorm=12');
    renderCoursePage('overview');
    const { tracker, navigate } = await startTracking();
    expect(tracker?.adapter.version).toBe('1.2');
    expect(navigate).not.toHaveBeenCalled();
    history.replaceState(null, '', '/courses/peer-basics/welcome.html');
    await loadPage('lesson', 'welcome');
    const saved = decodeLearnerState(lms12.LMSGetValue('cmi.suspend_data'), { lessonIds: course.lessons.map((lesson) => lesson.id), questions: [] });
    expect(saved).toMatchObject({ visitedLessonIds: ['welcome'] });
    expect(saved?.seed).toBeTypeOf('number');
    expect(lms12.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(sessionStorage.getItem('peerpath:scorm-version')).toBe('1.2');
    await settle();
  });
});
