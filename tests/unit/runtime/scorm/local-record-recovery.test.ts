// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapter12 } from '../../../../src/runtime/scorm/adapter-12';
import { createLocalLms, localLmsStorageKey } from '../../../../src/runtime/scorm/local-lms';
import { createCourseTracker } from '../../../../src/runtime/scorm/tracker';
import { SEED, lessons, savedState } from './tracker-fixtures';

// Issue 9, defect 6: on the plain site a damaged or unexpected local record (6 of 19 hostile
// values tried) made saving stop, silently. Now the record is read for what it holds, anything
// unreadable is set aside under a backup key (never deleted), saving goes on, and the learner is
// told once.

const courseId = 'peer-basics';
const setAsidePrefix = `${localLmsStorageKey(courseId)}:set-aside:`;
const core = (fields: object) => JSON.stringify({ cmi: { core: fields } });

/** Stored text, and whether it is a record the course can wholly read (kept as it is) or not (set aside). */
const hostile: [string, string, 'kept' | 'set aside'][] = [
  ['not JSON', '{not json', 'set aside'],
  ['null', 'null', 'set aside'],
  ['an array', '[]', 'set aside'],
  ['a string', '"progress"', 'set aside'],
  ['a number', '42', 'set aside'],
  ['an empty object', '{}', 'set aside'],
  ['cmi not an object', '{"cmi":"x"}', 'set aside'],
  ['core not an object', '{"cmi":{"core":"x"}}', 'set aside'],
  ['an unknown lesson status', core({ lesson_status: 'bogus' }), 'set aside'],
  ['a total time that is no time', core({ total_time: 'abc' }), 'set aside'],
  ['a bookmark over 255 characters', core({ lesson_location: 'y'.repeat(300) }), 'set aside'],
  ['a score that is no number', core({ score: { raw: 'x' } }), 'set aside'],
  ['a score that is not an object', core({ score: 'x' }), 'set aside'],
  ['a score over 100', core({ score: { raw: '150' } }), 'set aside'],
  ['an unknown exit', core({ exit: 'bogus', lesson_location: 'welcome' }), 'set aside'],
  ['saved state over 4 096 characters', JSON.stringify({ cmi: { core: {}, suspend_data: 'x'.repeat(5000) } }), 'set aside'],
  ['saved state that is not text', JSON.stringify({ cmi: { core: {}, suspend_data: { a: 1 } } }), 'set aside'],
  ['interactions that are not a list', JSON.stringify({ cmi: { core: {}, interactions: 'x' } }), 'kept'],
  ['an interaction scorm-again refuses', JSON.stringify({ cmi: { core: {}, interactions: { 0: { id: 'a b', type: 'zzz' } } } }), 'kept'],
];

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the local LMS given a damaged or unexpected record', () => {
  it.each(hostile)('%s: keeps saving, sets the record aside when it cannot be wholly read, and says so once', async (_name, stored, expected) => {
    localStorage.setItem(localLmsStorageKey(courseId), stored);
    const onSetAside = vi.fn();
    const lms = await createLocalLms(courseId, localStorage, { onSetAside, now: () => 5 });
    const tracker = createCourseTracker({ adapter: createAdapter12(lms), lessons, createSeed: () => SEED });
    expect(tracker.start()).toBe('initialized');
    tracker.setLocation('listening');
    tracker.visitLesson('listening');
    tracker.finish('save-and-exit');

    const saved = JSON.parse(localStorage.getItem(localLmsStorageKey(courseId)) ?? 'null') as { cmi: { suspend_data: string; core: { lesson_location: string } } };
    expect(saved.cmi.suspend_data).toBe(savedState(['listening']));
    expect(saved.cmi.core.lesson_location).toBe('listening');
    const setAside = Object.keys(localStorage).filter((key) => key.startsWith(setAsidePrefix));
    if (expected === 'set aside') {
      expect(setAside.map((key) => localStorage.getItem(key))).toEqual([stored]);
      expect(onSetAside).toHaveBeenCalledTimes(1);
    } else {
      expect(setAside).toEqual([]);
      expect(onSetAside).not.toHaveBeenCalled();
    }

    // The next session reads the new record and says nothing more.
    const again = vi.fn();
    const next = createCourseTracker({ adapter: createAdapter12(await createLocalLms(courseId, localStorage, { onSetAside: again })), lessons, createSeed: () => SEED });
    next.start();
    expect([...next.readVisitedLessonIds()]).toEqual(['listening']);
    expect(again).not.toHaveBeenCalled();
  });

  it('keeps the good values of a record with one bad one', async () => {
    localStorage.setItem(localLmsStorageKey(courseId), JSON.stringify({
      cmi: { core: { lesson_location: 'listening', lesson_status: 'bogus', exit: 'suspend' }, suspend_data: savedState(['welcome', 'listening']) },
    }));
    const onSetAside = vi.fn();
    const tracker = createCourseTracker({ adapter: createAdapter12(await createLocalLms(courseId, localStorage, { onSetAside })), lessons, createSeed: () => SEED });
    tracker.start();
    expect(tracker.readLocation()).toBe('listening');
    expect([...tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(onSetAside).toHaveBeenCalledTimes(1);
  });
});
