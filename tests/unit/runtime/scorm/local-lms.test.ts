// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createAdapter12 } from '../../../../src/runtime/scorm/adapter-12';
import { createLocalLms, localLmsStorageKey } from '../../../../src/runtime/scorm/local-lms';
import { createCourseTracker } from '../../../../src/runtime/scorm/tracker';
import { SEED, lessons, savedState } from './tracker-fixtures';

const courseId = 'peer-basics';
let consoleSpies: MockInstance[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  consoleSpies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) => vi.spyOn(console, level));
});
afterEach(() => {
  vi.useRealTimers();
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

async function startLocalTracker(clock = { now: 0 }) {
  const lms = await createLocalLms(courseId, localStorage);
  const tracker = createCourseTracker({ adapter: createAdapter12(lms), lessons, now: () => clock.now, createSeed: () => SEED });
  expect(tracker.start()).toBe('initialized');
  return { lms, tracker };
}

type SavedRecord = { cmi: { suspend_data?: string; core: Record<string, unknown> } };
const saved = () => JSON.parse(localStorage.getItem(localLmsStorageKey(courseId)) ?? 'null') as SavedRecord | null;

describe('local LMS', () => {
  it('is a private scorm-again 1.2 API, never put on window', async () => {
    const lms = await createLocalLms(courseId, localStorage);
    expect(typeof lms.LMSInitialize).toBe('function');
    expect('API' in window).toBe(false);
    expect('API_1484_11' in window).toBe(false);
  });

  it('starts a first session as "ab-initio"', async () => {
    const { tracker } = await startLocalTracker();
    expect(tracker.readEntry()).toBe('ab-initio');
    expect(tracker.readLocation()).toBeUndefined();
  });

  it('persists on every commit and resumes the next session where the learner left off', async () => {
    const clock = { now: 0 };
    const first = await startLocalTracker(clock);
    first.tracker.setLocation('listening');
    first.tracker.visitLesson('welcome');
    first.tracker.visitLesson('listening');
    vi.advanceTimersByTime(1_000); // the throttled commit
    expect(saved()?.cmi).toMatchObject({ suspend_data: savedState(['welcome', 'listening']), core: { lesson_location: 'listening' } });
    clock.now = 90_000;
    first.tracker.finish('pagehide');
    expect(saved()?.cmi.core).toMatchObject({ exit: 'suspend', session_time: '00:01:30', total_time: '00:01:30' });

    const second = await startLocalTracker(clock);
    expect(second.tracker.readEntry()).toBe('resume');
    expect(second.tracker.readLocation()).toBe('listening');
    expect([...second.tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(second.lms.LMSGetValue('cmi.core.total_time')).toBe('00:01:30');
    second.tracker.visitLesson('boundaries');
    vi.advanceTimersByTime(1_000);
    // The last session's exit and session_time are not carried into this one's record.
    expect(saved()?.cmi.core).toMatchObject({ lesson_status: 'completed', entry: 'resume', exit: '', session_time: '00:00:00', total_time: '00:01:30' });
    clock.now = 120_000;
    second.tracker.finish('save-and-exit');
    expect(saved()?.cmi.core).toMatchObject({ exit: 'suspend', total_time: '00:02:00' });
  });

  it('keeps progress even when the last session never terminated, without calling it a resume', async () => {
    const first = await startLocalTracker();
    first.tracker.visitLesson('welcome');
    vi.advanceTimersByTime(1_000);
    const second = await startLocalTracker();
    expect(second.tracker.readEntry()).toBe('');
    expect([...second.tracker.readVisitedLessonIds()]).toEqual(['welcome']);
  });

  it('keeps each course apart', async () => {
    const first = await startLocalTracker();
    first.tracker.visitLesson('welcome');
    const other = await createLocalLms('another-course', localStorage);
    other.LMSInitialize('');
    expect(other.LMSGetValue('cmi.suspend_data')).toBe('');
  });

  it('starts fresh from unreadable saved data', async () => {
    localStorage.setItem(localLmsStorageKey(courseId), '{not json');
    const { tracker } = await startLocalTracker();
    expect(tracker.readEntry()).toBe('ab-initio');
    expect(tracker.readVisitedLessonIds().size).toBe(0);
  });

  it('moves a SCORM 2004 record an earlier version saved forward to the 1.2 form, keeping the learner\'s place', async () => {
    const earlier = { cmi: { entry: 'ab-initio', exit: 'suspend', location: 'listening', suspend_data: '1|welcome', completion_status: 'incomplete', total_time: 'PT1M30S' } };
    localStorage.setItem(localLmsStorageKey(courseId), JSON.stringify(earlier));
    const { tracker } = await startLocalTracker();
    expect(tracker.readEntry()).toBe('resume');
    expect(tracker.readLocation()).toBe('listening');
    expect([...tracker.readVisitedLessonIds()]).toEqual(['welcome']);
    tracker.visitLesson('listening');
    vi.advanceTimersByTime(1_000);
    expect(saved()?.cmi).toMatchObject({ suspend_data: savedState(['welcome', 'listening']), core: { lesson_status: 'incomplete' } });
  });

  it('runs in memory when storage refuses to save', async () => {
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const lms = await createLocalLms(courseId, refusing);
    const tracker = createCourseTracker({ adapter: createAdapter12(lms), lessons, createSeed: () => SEED });
    tracker.start();
    tracker.visitLesson('welcome');
    expect(lms.LMSGetValue('cmi.suspend_data')).toBe(savedState(['welcome']));
  });
});
