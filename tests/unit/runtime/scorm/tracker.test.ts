import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateKey } from '../../../../src/core/scorm/learner-state-codec';
import { countCalls, writtenValues } from './lms-fakes';
import { SEED, createTrackerFixture, savedState, versions } from './tracker-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

describe.each(versions)('tracker on SCORM $version', (setup) => {
  const { elements } = setup;
  const completedStatus = 'completed';

  it('initializes once, however often start is called', () => {
    const { tracker, control } = createTrackerFixture(setup);
    expect(tracker.start()).toBe('initialized');
    expect(tracker.start()).toBe('initialized');
    expect(countCalls(control, /Initialize$/)).toBe(1);
  });

  it('marks the course incomplete at start and completed only after every required lesson', () => {
    const { tracker, read, lastError, control } = createTrackerFixture(setup);
    tracker.start();
    expect(read(elements.status)).toBe('incomplete');
    for (const lessonId of ['welcome', 'further-reading', 'listening']) {
      tracker.visitLesson(lessonId);
      expect(read(elements.status)).toBe('incomplete');
    }
    tracker.visitLesson('boundaries');
    expect(read(elements.status)).toBe(completedStatus);
    expect(tracker.readProgress()).toMatchObject({ visitedRequired: 3, totalRequired: 3, complete: true });
    if (setup.version === '2004') {
      expect(read('cmi.progress_measure')).toBe('1');
      expect(writtenValues(control, 'cmi.progress_measure')).toEqual(['0', '0.3333', '0.6667', '1']);
      expect(read('cmi.success_status')).toBe('unknown');
    }
    expect(lastError()).toBe('0');
  });

  it('commits a new visit, not a repeat of the same page', () => {
    vi.useFakeTimers();
    const { tracker, control } = createTrackerFixture(setup);
    tracker.start();
    vi.advanceTimersByTime(1_000); // past the commit window the start opened
    const atStart = countCalls(control, /Commit$/);
    tracker.setLocation('welcome');
    tracker.visitLesson('welcome');
    tracker.setLocation('welcome');
    tracker.visitLesson('welcome');
    expect(countCalls(control, /Commit$/)).toBe(atStart + 1);
    vi.advanceTimersByTime(5_000);
    expect(countCalls(control, /Commit$/)).toBe(atStart + 1);
  });

  it('bookmarks the current lesson and saves visits in suspend_data', () => {
    const { tracker, read } = createTrackerFixture(setup);
    tracker.start();
    for (const lessonId of ['listening', 'welcome']) {
      tracker.setLocation(lessonId);
      tracker.visitLesson(lessonId);
    }
    expect(read(elements.location)).toBe('welcome');
    expect(read('cmi.suspend_data')).toBe(savedState(['welcome', 'listening']));
    tracker.visitLesson('not-a-lesson');
    expect(read('cmi.suspend_data')).toBe(savedState(['welcome', 'listening']));
  });

  it('moves the bookmark at once when the learner goes back to a lesson already visited', () => {
    const { tracker, read } = createTrackerFixture(setup);
    tracker.start();
    for (const lessonId of ['welcome', 'listening', 'welcome']) {
      tracker.setLocation(lessonId);
      tracker.visitLesson(lessonId);
    }
    expect(read(elements.location)).toBe('welcome');
  });

  it('resumes from what the LMS kept, dropping lessons the course no longer has', () => {
    const { tracker, read, createSeed } = createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location: 'listening', suspendData: savedState(['welcome', 'listening'], {}, { seed: 77 }), status: 'incomplete' }));
    tracker.start();
    expect(tracker.readEntry()).toBe('resume');
    expect(tracker.readLocation()).toBe('listening');
    expect([...tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(tracker.readSeed()).toBe(77);
    expect(createSeed).not.toHaveBeenCalled();
    tracker.visitLesson('boundaries');
    expect(read(elements.status)).toBe(completedStatus);
    expect(read('cmi.suspend_data')).toBe(savedState(['welcome', 'listening', 'boundaries'], {}, { seed: 77 }));
  });

  it('moves progress saved before seeds existed (format 1) to format 2 with a new seed, at start', () => {
    const { tracker, read, createSeed } = createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location: 'listening', suspendData: '1|welcome,removed-lesson,listening', status: 'incomplete' }));
    tracker.start();
    expect([...tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(createSeed).toHaveBeenCalledTimes(1);
    expect(tracker.readSeed()).toBe(SEED);
    // The lesson the course no longer has stays in the record, as a key, in case it comes back.
    expect(read('cmi.suspend_data')).toBe(`${savedState(['welcome', 'listening']).slice(0, -1)}${stateKey('l', 'removed-lesson')}|`);
    tracker.visitLesson('boundaries');
    expect(read(elements.status)).toBe(completedStatus);
  });

  it('never takes a completion back', () => {
    const { tracker, read, control } = createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location: '', suspendData: '', status: 'completed' }));
    tracker.start();
    tracker.visitLesson('welcome');
    expect(read(elements.status)).toBe('completed');
    expect(writtenValues(control, elements.status)).toEqual([]);
  });

  it('finishes once: session time, exit "suspend", commit, terminate, even if pagehide follows "Save and exit"', () => {
    const { tracker, control, clock, statuses } = createTrackerFixture(setup);
    tracker.start();
    tracker.visitLesson('welcome');
    clock.now += 3_723_500;
    tracker.finish('save-and-exit');
    tracker.finish('pagehide');
    expect(writtenValues(control, elements.exit)).toEqual(['suspend']);
    const [sessionTime, ...more] = writtenValues(control, elements.sessionTime);
    expect(more).toEqual([]);
    expect(sessionTime).toMatch(setup.sessionTimePattern);
    expect(sessionTime).toBe(setup.version === '1.2' ? '0001:02:03.50' : 'PT1H2M3.5S');
    expect(countCalls(control, /Terminate$|LMSFinish$/)).toBe(1);
    // Between the two, the course reads back what it saved.
    const names = control.calls.map((call) => call.name).filter((name) => !name.endsWith('GetValue'));
    expect(names.slice(-2)).toEqual([setup.version === '1.2' ? 'LMSCommit' : 'Commit', setup.version === '1.2' ? 'LMSFinish' : 'Terminate']);
    expect(statuses).toEqual(['saved']);
    expect(tracker.isFinished()).toBe(true);
  });

  it('leaves through the LMS on "Save and exit": 2004 asks it to suspend all before Terminate; page hide asks nothing', () => {
    const leaving = createTrackerFixture(setup);
    leaving.tracker.start();
    leaving.tracker.finish('save-and-exit');
    const names = leaving.control.calls.filter((call) => !call.name.endsWith('GetValue')).map((call) => `${call.name}(${typeof call.args[0] === 'string' ? call.args[0] : ''})`);
    if (setup.version === '2004') {
      expect(writtenValues(leaving.control, 'adl.nav.request')).toEqual(['suspendAll']);
      expect(names.indexOf('SetValue(adl.nav.request)')).toBeLessThan(names.indexOf('Terminate()'));
    } else {
      expect(names.filter((name) => name.includes('adl.'))).toEqual([]);
    }
    expect(leaving.lastError()).toBe('0');

    const hiding = createTrackerFixture(setup);
    hiding.tracker.start();
    hiding.tracker.finish('pagehide');
    expect(writtenValues(hiding.control, 'adl.nav.request')).toEqual([]);
  });

  it('makes no LMS call after finishing', () => {
    const { tracker, control } = createTrackerFixture(setup);
    tracker.start();
    tracker.finish('pagehide');
    const callsAtFinish = control.calls.length;
    tracker.visitLesson('welcome');
    tracker.setLocation('welcome');
    tracker.setCompleted();
    tracker.saveState();
    tracker.setScore({ raw: 1, min: 0, max: 2 });
    tracker.recordInteraction({ id: 'urn:peerpath:c:q', type: 'true-false', response: true, result: 'correct', timestamp: new Date() });
    tracker.finish('save-and-exit');
    expect(tracker.start()).toBe('initialized');
    expect(control.calls.length).toBe(callsAtFinish);
  });

  it('reports scores, pass and interactions through the same verbs', () => {
    const { tracker, read, lastError, control } = createTrackerFixture(setup);
    tracker.start();
    tracker.setScore({ raw: 8, min: 0, max: 10 });
    tracker.setPassed();
    // 1.2 has one field for both: "passed" would tell the LMS the course is finished.
    expect(read(elements.status)).toBe('incomplete');
    tracker.setCompleted();
    const record = { id: 'urn:peerpath:c:q1', type: 'true-false', response: false, result: 'incorrect', timestamp: new Date() } as const;
    tracker.recordInteraction(record);
    tracker.recordInteraction({ ...record, response: true, result: 'correct' });
    expect(read('cmi.interactions._count')).toBe('2');
    const resultElement = 'cmi.interactions.0.result';
    expect(writtenValues(control, resultElement)).toEqual([setup.version === '1.2' ? 'wrong' : 'incorrect']);
    expect(writtenValues(control, 'cmi.interactions.1.result')).toEqual(['correct']);
    if (setup.version === '2004') {
      expect([read('cmi.score.scaled'), read('cmi.success_status')]).toEqual(['0.8', 'passed']);
    } else {
      expect([read('cmi.core.score.raw'), read('cmi.core.lesson_status')]).toEqual(['80', 'passed']);
    }
    expect(lastError()).toBe('0');
  });

  it('refuses bad scores and interactions at the call, before anything is queued', () => {
    const { tracker } = createTrackerFixture(setup);
    tracker.start();
    expect(() => tracker.setScore({ raw: 1, min: 2, max: 2 })).toThrow(RangeError);
    const numeric = { id: 'urn:peerpath:c:q', type: 'numeric', response: Number.NaN, result: 'correct', timestamp: new Date() } as const;
    expect(() => tracker.recordInteraction(numeric)).toThrow(RangeError);
    expect(tracker.readProgress().visitedRequired).toBe(0);
  });
});
