// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadPage, markStates, noticeText, renderCoursePage, renderPageOutsideCourse } from './course-page-fixture';

let stop: AbortController | undefined;
let consoleSpies: MockInstance[] = [];

/** A fresh document load: new module state, as after a real reload. */
async function startTracking(navigate = vi.fn()) {
  stop?.abort();
  vi.resetModules();
  const { startCourseTracking, readCourseTracker } = await import('../../../../src/runtime/scorm/start-course-tracking');
  stop = new AbortController();
  const tracker = await startCourseTracking({ navigate, signal: stop.signal });
  return { tracker, navigate, readCourseTracker };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/courses/peer-basics/index.html');
  consoleSpies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => {
  stop?.abort();
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe('course tracking on the plain website', () => {
  it('keeps progress in localStorage and shows it after a reload', async () => {
    renderCoursePage('lesson', 'welcome');
    const first = await startTracking();
    expect(first.tracker?.adapter.version).toBe('1.2');
    expect(first.readCourseTracker()).toBe(first.tracker);
    await loadPage('lesson', 'listening');
    expect(markStates().filter((mark) => mark.includes(':visited:'))).toEqual(['welcome:visited:Visited', 'listening:visited:Visited']);
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('peerpath:lms:peer-basics')).toContain('"lesson_location":"listening"');

    renderCoursePage('overview');
    const second = await startTracking();
    expect(second.tracker?.readEntry()).toBe('resume');
    expect(second.navigate).not.toHaveBeenCalled(); // outside an LMS the learner chooses
    const resume = document.querySelector<HTMLAnchorElement>('[data-resume-link]');
    expect(resume?.hidden).toBe(false);
    expect(resume?.href).toBe('http://localhost:3000/courses/peer-basics/listening.html');
    expect(resume?.textContent).toBe('Continue: Listening');
    expect(document.querySelector('[data-course-progress]')?.textContent).toBe('2 of 3 required lessons visited');
    expect(markStates()).toContain('further-reading:not-visited:Not visited yet');
  });

  it('starts a new local session when the learner carries on after "Save and exit"', async () => {
    renderCoursePage('lesson', 'welcome');
    const { tracker, readCourseTracker } = await startTracking();
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    expect(noticeText()).toBe('Your progress is saved.');
    expect(tracker?.isFinished()).toBe(true);
    await loadPage('lesson', 'boundaries');
    const next = readCourseTracker();
    expect(next).not.toBe(tracker);
    expect([...(next?.readVisitedLessonIds() ?? [])]).toEqual(['welcome', 'boundaries']);
  });

  it('ignores pages that are not course pages', async () => {
    renderPageOutsideCourse('<main>Catalogue</main>');
    const { tracker } = await startTracking();
    expect(tracker).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });
});
