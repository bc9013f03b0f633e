// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { course, loadPage, renderCoursePage, renderPageOutsideCourse, settle, useCourseJson } from '../scorm/course-page-fixture';
import { createLms12, createLms2004, createRecordingLms } from '../scorm/lms-fakes';
import { completionScenario, play, practiceScenario, scenarioCourse } from '../scorm/scenario-course-fixture';

let stop: AbortController | undefined;

/** A fresh document load: new module state, as after a real reload. */
async function loadModules() {
  stop?.abort();
  vi.resetModules();
  const tracking = await import('../../../../src/runtime/scorm/start-course-tracking');
  const scenario = await import('../../../../src/runtime/scenario/scenario-session');
  stop = new AbortController();
  const start = () => tracking.startCourseTracking({ navigate: vi.fn(), signal: stop?.signal });
  return { ...tracking, ...scenario, start };
}

const stateCourse = { lessonIds: course.lessons.map((lesson) => lesson.id), questions: [], scenarios: scenarioCourse.scenarios };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/courses/peer-basics/index.html');
  useCourseJson({ ...course, ...scenarioCourse });
});
afterEach(() => {
  stop?.abort();
  useCourseJson(course);
  Reflect.deleteProperty(window, 'API_1484_11');
  Reflect.deleteProperty(window, 'API');
});

describe('scenario session on the plain website', () => {
  it('waits for tracking to start, even when the player asks first, and keeps the play across a reload', async () => {
    renderCoursePage('lesson', 'welcome');
    const first = await loadModules();
    const connecting = first.connectScenarioSession();
    await first.start();
    const session = await connecting;
    expect(session.readScenarioState(practiceScenario.id)).toBeUndefined();
    const { state, interactions } = play(practiceScenario, ['share-briefly']);
    session.saveScenario(practiceScenario.id, state, interactions);
    expect(session.readScenarioState(practiceScenario.id)).toEqual(state);
    window.dispatchEvent(new Event('pagehide'));

    renderCoursePage('lesson', 'welcome');
    const second = await loadModules();
    void second.start();
    const resumed = await second.connectScenarioSession();
    expect(resumed.readScenarioState(practiceScenario.id)).toEqual(state);
  });

  it('saves into the new local session that follows "Save and exit"', async () => {
    renderCoursePage('lesson', 'listening');
    const modules = await loadModules();
    const first = await modules.start();
    const session = await modules.connectScenarioSession();
    const midway = play(completionScenario, []);
    session.saveScenario(completionScenario.id, midway.state, midway.interactions);
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    await loadPage('lesson', 'boundaries');
    const next = modules.readCourseTracker();
    expect(next).not.toBe(first);
    expect(next?.readScenarioState(completionScenario.id)).toEqual(midway.state);
    const ended = play(completionScenario, ['listen-first']);
    session.saveScenario(completionScenario.id, ended.state, ended.interactions);
    expect(next?.readScenarioState(completionScenario.id)).toEqual(ended.state);
    expect(next?.readProgress()).toMatchObject({ reachedCountedScenarios: 1, totalCountedScenarios: 2 });
  });

  it('rejects on a page without course data, so the player can say its progress is not kept', async () => {
    renderPageOutsideCourse('<main>Preview</main>');
    const modules = await loadModules();
    await expect(modules.connectScenarioSession()).rejects.toThrow(/not running/);
  });
});

describe.each([
  { version: '1.2', global: 'API', createLms: createLms12, read: (lms: object, element: string) => (lms as ReturnType<typeof createLms12>).LMSGetValue(element) },
  { version: '2004', global: 'API_1484_11', createLms: createLms2004, read: (lms: object, element: string) => (lms as ReturnType<typeof createLms2004>).GetValue(element) },
])('scenario session inside a SCORM $version LMS', ({ version, global, createLms, read }) => {
  it('sends the decisions and outcome to the LMS and restores the play when the LMS resumes the attempt', async () => {
    const lms = createLms();
    const { api, control } = createRecordingLms(lms);
    Object.assign(window, { [global]: api });
    renderCoursePage('lesson', 'listening');
    const first = await loadModules();
    void first.start();
    const session = await first.connectScenarioSession();
    const { state, interactions } = play(completionScenario, ['listen-first']);
    session.saveScenario(completionScenario.id, state, interactions);
    const ids = control.calls.filter((call) => /SetValue$/.test(call.name) && /^cmi\.interactions\.\d+\.id$/.test(String(call.args[0]))).map((call) => call.args[1]);
    expect(ids).toEqual(['urn:peerpath:peer-basics:first-call:first-call', 'urn:peerpath:peer-basics:first-call:ending-heard']);
    const suspendData = read(lms, 'cmi.suspend_data');
    expect(decodeLearnerState(suspendData, stateCourse)?.scenarios[completionScenario.id]).toEqual(state);
    window.dispatchEvent(new Event('pagehide'));

    const next = createLms();
    if (version === '1.2') {
      (next as ReturnType<typeof createLms12>).loadFromJSON({ core: { entry: 'resume', lesson_location: 'listening', lesson_status: 'incomplete' }, suspend_data: suspendData });
    } else {
      (next as ReturnType<typeof createLms2004>).loadFromJSON({ entry: 'resume', location: 'listening', suspend_data: suspendData, completion_status: 'incomplete' });
    }
    Object.assign(window, { [global]: next });
    renderCoursePage('lesson', 'listening');
    const second = await loadModules();
    void second.start();
    const resumed = await second.connectScenarioSession();
    expect(resumed.readScenarioState(completionScenario.id)).toEqual(state);
    await settle();
  });
});
