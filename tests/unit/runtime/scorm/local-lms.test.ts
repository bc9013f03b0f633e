// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createAdapter2004 } from '../../../../src/runtime/scorm/adapter-2004';
import { createLocalLms, localLmsStorageKey } from '../../../../src/runtime/scorm/local-lms';
import { createCourseTracker } from '../../../../src/runtime/scorm/tracker';
import { lessons } from './tracker-fixtures';

const courseId = 'peer-basics';
let consoleSpies: MockInstance[] = [];

beforeEach(() => {
  localStorage.clear();
  consoleSpies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => {
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

async function startLocalTracker(clock = { now: 0 }) {
  const lms = await createLocalLms(courseId, localStorage);
  const tracker = createCourseTracker({ adapter: createAdapter2004(lms), lessons, now: () => clock.now });
  expect(tracker.start()).toBe('initialized');
  return { lms, tracker };
}

const saved = () => JSON.parse(localStorage.getItem(localLmsStorageKey(courseId)) ?? 'null') as { cmi: Record<string, unknown> } | null;

describe('local LMS', () => {
  it('is a private scorm-again 2004 API, never put on window', async () => {
    const lms = await createLocalLms(courseId, localStorage);
    expect(typeof lms.Initialize).toBe('function');
    expect('API_1484_11' in window).toBe(false);
    expect('API' in window).toBe(false);
  });

  it('persists on every commit and resumes the next session where the learner left off', async () => {
    const clock = { now: 0 };
    const first = await startLocalTracker(clock);
    first.tracker.setLocation('listening');
    first.tracker.visitLesson('welcome');
    first.tracker.visitLesson('listening');
    expect(saved()?.cmi).toMatchObject({ location: 'listening', suspend_data: '1|welcome,listening' });
    clock.now = 90_000;
    first.tracker.finish('pagehide');
    expect(saved()?.cmi).toMatchObject({ exit: 'suspend', total_time: 'PT1M30S' });

    const second = await startLocalTracker();
    expect(second.tracker.readEntry()).toBe('resume');
    expect(second.tracker.readLocation()).toBe('listening');
    expect([...second.tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(second.lms.GetValue('cmi.total_time')).toBe('PT1M30S');
    second.tracker.visitLesson('boundaries');
    expect(saved()?.cmi).toMatchObject({ completion_status: 'completed', progress_measure: '1' });
  });

  it('keeps progress even when the last session never terminated', async () => {
    const first = await startLocalTracker();
    first.tracker.visitLesson('welcome');
    const second = await startLocalTracker();
    expect(second.tracker.readEntry()).toBe('ab-initio');
    expect([...second.tracker.readVisitedLessonIds()]).toEqual(['welcome']);
  });

  it('keeps each course apart', async () => {
    const first = await startLocalTracker();
    first.tracker.visitLesson('welcome');
    const other = await createLocalLms('another-course', localStorage);
    other.Initialize('');
    expect(other.GetValue('cmi.suspend_data')).toBe('');
  });

  it('starts fresh from unreadable saved data', async () => {
    localStorage.setItem(localLmsStorageKey(courseId), '{not json');
    const { tracker } = await startLocalTracker();
    expect(tracker.readVisitedLessonIds().size).toBe(0);
  });

  it('runs in memory when storage refuses to save', async () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const lms = await createLocalLms(courseId, refusing);
    const tracker = createCourseTracker({ adapter: createAdapter2004(lms), lessons });
    tracker.start();
    tracker.visitLesson('welcome');
    expect(lms.GetValue('cmi.suspend_data')).toBe('1|welcome');
  });
});
