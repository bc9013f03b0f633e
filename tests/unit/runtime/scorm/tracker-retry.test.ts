import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countCalls, failWrites, writtenValues } from './lms-fakes';
import { createTrackerFixture, savedState, versions } from './tracker-fixtures';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(versions)('tracker on a SCORM $version LMS that fails for a while', (setup) => {
  const { elements } = setup;

  it('keeps visits in memory, retries with back-off and loses nothing', () => {
    const { tracker, control, read, lastError, statuses } = createTrackerFixture(setup);
    tracker.start();
    control.failWhen = failWrites;
    for (const lessonId of ['welcome', 'listening', 'boundaries']) {
      tracker.setLocation(lessonId);
      tracker.visitLesson(lessonId);
    }
    expect(statuses).toEqual(['retrying']);
    expect(read('cmi.suspend_data')).toBe(savedState([])); // the seed, saved at start
    expect(tracker.readProgress().complete).toBe(true);

    vi.advanceTimersByTime(10_000);
    // One refused commit per attempt: backing off, not hammering.
    const attempts = control.calls.filter((call) => call.result === 'false' && /Commit$/.test(call.name)).length;
    expect(attempts).toBeGreaterThan(2);
    expect(attempts).toBeLessThan(7);

    control.failWhen = undefined;
    vi.advanceTimersByTime(30_000);
    expect(statuses).toEqual(['retrying', 'recovered']);
    expect(read('cmi.suspend_data')).toBe(savedState(['welcome', 'listening', 'boundaries']));
    expect(read(elements.location)).toBe('boundaries');
    expect(read(elements.status)).toBe('completed');
    expect(lastError()).toBe('0');
  });

  it('retries only a failed commit, then stops retrying', () => {
    const { tracker, control, statuses } = createTrackerFixture(setup);
    tracker.start();
    vi.advanceTimersByTime(1_000); // past the commit window the start opened
    control.failWhen = (name) => /Commit$/.test(name);
    tracker.visitLesson('welcome');
    control.failWhen = undefined;
    vi.advanceTimersByTime(1_000);
    expect(statuses).toEqual(['retrying', 'recovered']);
    const commits = countCalls(control, /Commit$/);
    vi.advanceTimersByTime(120_000);
    expect(countCalls(control, /Commit$/)).toBe(commits);
  });

  it('finishes a half-written interaction in place instead of appending it twice', () => {
    const { tracker, control, read } = createTrackerFixture(setup);
    tracker.start();
    control.failWhen = (name, args) => /SetValue$/.test(name) && String(args[0]).endsWith('.result');
    tracker.recordInteraction({ id: 'urn:peerpath:c:q1', type: 'true-false', response: true, result: 'correct', timestamp: new Date() });
    expect(read('cmi.interactions._count')).toBe('1');
    control.failWhen = undefined;
    vi.advanceTimersByTime(1_000);
    expect(read('cmi.interactions._count')).toBe('1');
    expect(writtenValues(control, 'cmi.interactions.0.result')).toEqual(['correct']);
  });

  it('keeps "Save and exit" going until the LMS accepts it, then says saved', () => {
    const { tracker, control, statuses } = createTrackerFixture(setup);
    tracker.start();
    tracker.visitLesson('welcome');
    control.failWhen = failWrites;
    tracker.finish('save-and-exit');
    tracker.visitLesson('listening'); // still browsing while it retries: kept and sent with the exit
    expect(tracker.isFinished()).toBe(false);
    control.failWhen = undefined;
    vi.advanceTimersByTime(1_000);
    expect(tracker.isFinished()).toBe(true);
    expect(statuses).toEqual(['retrying', 'saved']);
    expect(writtenValues(control, elements.exit)).toEqual(['suspend']);
    expect(writtenValues(control, 'cmi.suspend_data').at(-1)).toBe(savedState(['welcome', 'listening']));
    expect(countCalls(control, /Terminate$|LMSFinish$/)).toBe(1);
  });

  it('on pagehide while the LMS refuses, still asks it to commit and terminate once', () => {
    const { tracker, control } = createTrackerFixture(setup);
    tracker.start();
    control.failWhen = (name, args) => /SetValue$/.test(name) && args[0] === elements.exit;
    tracker.finish('pagehide');
    expect(tracker.isFinished()).toBe(true);
    expect(countCalls(control, /Terminate$|LMSFinish$/)).toBe(1);
    vi.advanceTimersByTime(120_000);
    expect(countCalls(control, /Terminate$|LMSFinish$/)).toBe(1);
  });
});

describe.each(versions)('tracker when the SCORM $version session is over', (setup) => {
  it('says it is not recording instead of throwing, and makes no more LMS calls', () => {
    const { tracker, control, statuses } = createTrackerFixture(setup, (lms: never) => {
      const api = lms as { LMSInitialize?: (p: '') => string; LMSFinish?: (p: '') => string; Initialize?: (p: '') => string; Terminate?: (p: '') => string };
      if (api.LMSInitialize) {
        api.LMSInitialize('');
        api.LMSFinish?.('');
      } else {
        api.Initialize?.('');
        api.Terminate?.('');
      }
    });
    expect(tracker.start()).toBe('refused');
    expect(statuses).toEqual(['not-recording']);
    tracker.visitLesson('welcome');
    tracker.finish('pagehide');
    expect(control.calls.map((call) => call.name)).toEqual([setup.version === '1.2' ? 'LMSInitialize' : 'Initialize']);
  });
});

describe('tracker on a 2004 session this launch already initialized', () => {
  it('carries on in it', () => {
    const { tracker, read } = createTrackerFixture(versions[1], (lms: never) => (lms as { Initialize(p: ''): string }).Initialize(''));
    expect(tracker.start()).toBe('already-live');
    tracker.visitLesson('welcome');
    expect(read('cmi.suspend_data')).toBe(savedState(['welcome']));
  });
});
