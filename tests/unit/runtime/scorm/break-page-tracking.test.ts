// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPage, markStates, renderCoursePage, settle } from './course-page-fixture';

let stop: AbortController | undefined;

/** The Take a break page as the ClientRouter swaps it in: a course page of kind "break". */
async function loadBreakPage(): Promise<void> {
  renderCoursePage('overview');
  history.replaceState(null, '', '/courses/peer-basics/take-a-break.html');
  document.body.dataset.pageKind = 'break';
  document.dispatchEvent(new Event('astro:page-load'));
  await settle();
}

async function startTracking() {
  stop?.abort();
  vi.resetModules();
  const { startCourseTracking } = await import('../../../../src/runtime/scorm/start-course-tracking');
  stop = new AbortController();
  return startCourseTracking({ navigate: vi.fn(), signal: stop.signal });
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => stop?.abort());

describe('the Take a break page and tracking', () => {
  it('is neither a lesson visit nor the bookmark, so the learner resumes the lesson they left', async () => {
    renderCoursePage('lesson', 'listening');
    const tracker = await startTracking();
    await loadBreakPage();
    expect(tracker?.readLocation()).toBe('listening');
    expect([...(tracker?.readVisitedLessonIds() ?? [])]).toEqual(['listening']);
    expect(markStates().filter((mark) => mark.includes(':visited:'))).toEqual(['listening:visited:Visited']);

    await loadPage('lesson', 'listening');
    expect(tracker?.readLocation()).toBe('listening');
  });

  it('keeps the tracking session alive across the break (one session, no restart)', async () => {
    renderCoursePage('lesson', 'welcome');
    const tracker = await startTracking();
    await loadBreakPage();
    await loadPage('lesson', 'boundaries');
    expect(tracker?.isFinished()).toBe(false);
    expect([...(tracker?.readVisitedLessonIds() ?? [])]).toEqual(['welcome', 'boundaries']);
  });
});
