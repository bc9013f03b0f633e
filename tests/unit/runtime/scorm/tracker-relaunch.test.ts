import { describe, expect, it } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { writtenValues } from './lms-fakes';
import { allQuestions, check, peerSupport, quizCourse, wrong } from './quiz-course-fixture';
import { createTrackerFixture, lessons, savedState, versions } from './tracker-fixtures';

// Issue 9, defect 1: when the last exit was not "suspend" (a closed tab, a crash, a failed
// Terminate) LMSs still hold location and suspend_data in the same attempt but say "" (Moodle 1.2,
// Sakai), "ab-initio" (Moodle 2004) or nothing (Open edX). The course read stored values only on
// "resume", started empty and wrote the empty state over the stored one.

const stateCourse = { lessonIds: lessons.map((lesson) => lesson.id), questions: allQuestions };
const answered = { [peerSupport.id]: check(peerSupport, wrong).state };
const stored = savedState(['welcome', 'listening'], answered, { seed: 77, questions: allQuestions });

describe.each(versions)('a relaunch in SCORM $version over a stored attempt', (setup) => {
  const { elements } = setup;

  it.each(['', 'ab-initio', 'absent'])('reads the stored progress when entry is "%s", and never writes back less', (entry) => {
    const { tracker, control, read } = createTrackerFixture(setup, (lms: never) => {
      setup.preload(lms, { entry: entry === 'absent' ? '' : entry, location: 'listening', suspendData: stored, status: 'incomplete' });
      if (entry !== 'absent') return;
      // As Open edX: cmi.entry is never set, and asking for it is an error.
      const api = lms as Record<string, unknown> & { lastErrorCode: string };
      const name = setup.version === '1.2' ? 'LMSGetValue' : 'GetValue';
      const getValue = (api[name] as (element: string) => string).bind(api);
      api[name] = (element: string) => {
        if (!element.endsWith('entry')) return getValue(element);
        api.lastErrorCode = '401';
        return '';
      };
    }, quizCourse);
    tracker.start();
    expect([...tracker.readVisitedLessonIds()]).toEqual(['welcome', 'listening']);
    expect(tracker.readLocation()).toBe('listening');
    expect(tracker.readSeed()).toBe(77);
    expect(tracker.readQuestionState(peerSupport.id)).toEqual(answered[peerSupport.id]);
    tracker.visitLesson('boundaries');
    tracker.finish('pagehide');
    for (const written of writtenValues(control, 'cmi.suspend_data')) {
      const state = decodeLearnerState(String(written), stateCourse);
      expect(state?.visitedLessonIds).toEqual(expect.arrayContaining(['welcome', 'listening']));
      expect(state?.questions[peerSupport.id]).toEqual(answered[peerSupport.id]);
    }
    expect(writtenValues(control, elements.location)).not.toContain('');
    expect(read('cmi.suspend_data') === '' || decodeLearnerState(read('cmi.suspend_data'), stateCourse)?.seed === 77).toBe(true);
  });
});
