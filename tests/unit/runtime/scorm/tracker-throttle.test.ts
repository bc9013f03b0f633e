import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { countCalls, writtenValues } from './lms-fakes';
import { allQuestions, check, drawnBoundary, peerSupport, quizCourse, right, wrong } from './quiz-course-fixture';
import { createTrackerFixture, lessons, versions } from './tracker-fixtures';

const stateCourse = { lessonIds: lessons.map((lesson) => lesson.id), questions: allQuestions };
const commits = /Commit$/;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A learner clicking "Check" quickly: each check of peerSupport alternates wrong and right. */
function clickQuickly(tracker: ReturnType<typeof createTrackerFixture>['tracker'], times: number, gapMilliseconds: number) {
  let previous;
  for (let click = 0; click < times; click++) {
    const { state, interaction } = check(peerSupport, click % 2 === 0 ? wrong : right, previous);
    tracker.saveQuestion(peerSupport.id, state, interaction);
    previous = state;
    vi.advanceTimersByTime(gapMilliseconds);
  }
  return previous;
}

describe.each(versions)('commit throttling on SCORM $version', (setup) => {
  it('commits 10 quick saves once, at the end of the window, with the last state', () => {
    const { tracker, control, read } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const atStart = countCalls(control, commits);
    const last = clickQuickly(tracker, 10, 50);
    expect(countCalls(control, commits)).toBe(atStart);
    // Values reach the LMS at once; only the commit waits.
    expect(decodeLearnerState(read('cmi.suspend_data'), stateCourse)?.questions[peerSupport.id]).toEqual(last);
    expect(read('cmi.interactions._count')).toBe('10');
    vi.advanceTimersByTime(1_000);
    expect(countCalls(control, commits)).toBe(atStart + 1);
    const lastCommitAt = control.calls.findLastIndex((call) => commits.test(call.name));
    const lastStateAt = control.calls.findLastIndex((call) => call.name.endsWith('SetValue') && call.args[0] === 'cmi.suspend_data');
    expect(lastStateAt).toBeLessThan(lastCommitAt);
    vi.advanceTimersByTime(10_000);
    expect(countCalls(control, commits)).toBe(atStart + 1);
  });

  it('commits at most once a second while the learner keeps clicking', () => {
    const { tracker, control } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const atStart = countCalls(control, commits);
    clickQuickly(tracker, 30, 100);
    vi.advanceTimersByTime(1_000);
    expect(countCalls(control, commits) - atStart).toBe(3);
  });

  it('commits at once when asked to save (page hidden, Take a break) and drops the waiting commit', () => {
    const { tracker, control } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const atStart = countCalls(control, commits);
    tracker.saveQuestion(peerSupport.id, check(peerSupport, right).state);
    expect(tracker.saveState()).toBe(true);
    expect(countCalls(control, commits)).toBe(atStart + 1);
    vi.advanceTimersByTime(5_000);
    expect(countCalls(control, commits)).toBe(atStart + 1);
  });

  it('finishes at once with the latest state, and commits nothing after Terminate', () => {
    const { tracker, control } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const last = clickQuickly(tracker, 5, 10);
    tracker.finish('pagehide');
    // Between the two, the course reads back what it saved.
    const names = control.calls.map((call) => call.name).filter((name) => !name.endsWith('GetValue'));
    expect(names.slice(-2)).toEqual(setup.version === '1.2' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate']);
    const saved = String(writtenValues(control, 'cmi.suspend_data').at(-1));
    expect(decodeLearnerState(saved, stateCourse)?.questions[peerSupport.id]).toEqual(last);
    const callsAtFinish = control.calls.length;
    vi.advanceTimersByTime(60_000);
    tracker.finish('save-and-exit');
    expect(control.calls.length).toBe(callsAtFinish);
    expect(countCalls(control, /Terminate$|LMSFinish$/)).toBe(1);
  });
});

describe.each(versions)('quiz answers on a SCORM $version LMS that refuses writes for a while', (setup) => {
  it('keeps every answer and interaction, retries with back-off, and sends them all once it recovers', () => {
    const { tracker, control, read, statuses, lastError } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    control.failWhen = (name) => /SetValue$/.test(name);
    const peer = check(peerSupport, wrong);
    tracker.saveQuestion(peerSupport.id, peer.state, peer.interaction);
    vi.advanceTimersByTime(400);
    const peerAgain = check(peerSupport, right, peer.state);
    tracker.saveQuestion(peerSupport.id, peerAgain.state, peerAgain.interaction);
    const boundary = check(drawnBoundary, right);
    tracker.saveQuestion(drawnBoundary.id, boundary.state, boundary.interaction);
    expect(statuses).toEqual(['retrying']);
    expect(tracker.readQuestionState(peerSupport.id)).toEqual(peerAgain.state);

    vi.advanceTimersByTime(20_000);
    // One refused suspend_data write per attempt: backing off (1, 2, 5, 10 s), not hammering.
    const attempts = control.calls.filter((call) => call.result === 'false' && call.args[0] === 'cmi.suspend_data').length;
    expect(attempts).toBeGreaterThan(3);
    expect(attempts).toBeLessThan(8);

    control.failWhen = undefined;
    vi.advanceTimersByTime(30_000);
    expect(statuses).toEqual(['retrying', 'recovered']);
    const saved = decodeLearnerState(read('cmi.suspend_data'), stateCourse);
    expect(saved?.questions).toEqual({ [peerSupport.id]: peerAgain.state, [drawnBoundary.id]: boundary.state });
    expect(read('cmi.interactions._count')).toBe('3');
    const results = [0, 1, 2].map((index) => writtenValues(control, `cmi.interactions.${index}.result`));
    expect(results).toEqual(setup.version === '1.2' ? [['wrong'], ['correct'], ['correct']] : [['incorrect'], ['correct'], ['correct']]);
    expect(lastError()).toBe('0');
  });

  it('keeps a commit the LMS refused and sends it once the LMS takes it', () => {
    const { tracker, control, statuses } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    vi.advanceTimersByTime(1_000);
    control.failWhen = (name) => commits.test(name);
    tracker.saveQuestion(peerSupport.id, check(peerSupport, right).state);
    expect(statuses).toEqual(['retrying']);
    control.failWhen = undefined;
    vi.advanceTimersByTime(1_000);
    expect(statuses).toEqual(['retrying', 'recovered']);
    const committed = countCalls(control, commits);
    vi.advanceTimersByTime(60_000);
    expect(countCalls(control, commits)).toBe(committed);
  });
});
