import { describe, expect, it } from 'vitest';
import { decodeLearnerState, type DecodedLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { createDeviceCopy, setAsideStorageKey } from '../../../../src/runtime/scorm/device-copy';
import { writtenValues } from './lms-fakes';
import { createMemoryStorage } from './memory-storage';
import { allQuestions, check, diagnose, peerSupport, quizCourse, right, wrong } from './quiz-course-fixture';
import { completionScenario, play, scenarioCourse } from './scenario-course-fixture';
import { createTrackerFixture, lessons, savedState, versions } from './tracker-fixtures';

// Read what is stored whatever cmi.entry says; a genuinely new attempt starts clean; the record
// written back is a merge that never holds less than what was read.

const course = { ...quizCourse, ...scenarioCourse };
const stateCourse = { lessonIds: lessons.map((lesson) => lesson.id), questions: allQuestions, scenarios: scenarioCourse.scenarios };
const scenario = play(completionScenario, ['fix-it']).state;
const valid = savedState(['welcome', 'listening'], {
  [peerSupport.id]: check(peerSupport, wrong).state,
  [diagnose.id]: check(diagnose, { kind: 'true-false', value: false }).state,
}, { seed: 77, questions: allQuestions, scenarios: scenarioCourse.scenarios, scenarioStates: { [completionScenario.id]: scenario } });

const storedData = {
  none: '',
  valid,
  // Someone else's text, or a course from the future: nothing the course can read.
  damaged: '9|this is not ours',
  // An LMS that kept only the first part: cut inside the last entry.
  truncated: valid.slice(0, valid.length - 5),
  // The foundation's format 1: visited lessons only.
  'older codec version': '1|welcome,listening',
} as const;
const entries = ['resume', '', 'ab-initio', 'absent'] as const;

const cases = versions.flatMap((setup) =>
  entries.flatMap((entry) => Object.keys(storedData).map((stored) => ({ setup, entry, stored: stored as keyof typeof storedData }))));

/** Everything in `read` is in `written`: lessons, questions and scenarios, each as it was or further. */
function expectHoldsAll(written: DecodedLearnerState | undefined, read: DecodedLearnerState) {
  expect(written?.visitedLessonIds).toEqual(expect.arrayContaining(read.visitedLessonIds));
  for (const [id, state] of Object.entries(read.questions)) expect(written?.questions[id]?.attempts).toBeGreaterThanOrEqual(state.attempts);
  for (const [id, state] of Object.entries(read.scenarios)) expect(written?.scenarios[id]?.endingsReached).toEqual(expect.arrayContaining(state.endingsReached));
  if (read.seed !== undefined) expect(written?.seed).toBe(read.seed);
}

/** As Open edX: cmi.entry is never set, and asking for it is an error. */
function withoutEntry(lms: Record<string, unknown> & { lastErrorCode: string }, version: string) {
  const name = version === '1.2' ? 'LMSGetValue' : 'GetValue';
  const getValue = (lms[name] as (element: string) => string).bind(lms);
  lms[name] = (element: string) => {
    if (!element.endsWith('entry')) return getValue(element);
    lms.lastErrorCode = '401';
    return '';
  };
}

describe('a launch reads what the LMS stored, whatever cmi.entry says', () => {
  it.each(cases)('SCORM $setup.version, entry "$entry", stored: $stored', ({ setup, entry, stored }) => {
    const text = storedData[stored];
    const local = createMemoryStorage();
    const device = createDeviceCopy('peer-basics', { session: createMemoryStorage(), local }, () => 1_000);
    const { tracker, control, statuses, read } = createTrackerFixture(setup, (lms: never) => {
      setup.preload(lms, { entry: entry === 'absent' ? '' : entry, location: text ? 'listening' : '', suspendData: text, status: text ? 'incomplete' : '' });
      if (entry === 'absent') withoutEntry(lms, setup.version);
    }, course, device);
    tracker.start();

    const readable = decodeLearnerState(text, stateCourse);
    if (readable === undefined) {
      // A genuinely new attempt, or text the course cannot read: a clean start.
      expect([...tracker.readVisitedLessonIds()]).toEqual([]);
      expect(tracker.readQuestionState(peerSupport.id)).toBeUndefined();
    } else {
      expect([...tracker.readVisitedLessonIds()]).toEqual(readable.visitedLessonIds);
      for (const [id, state] of Object.entries(readable.questions)) expect(tracker.readQuestionState(id)).toEqual(state);
      for (const [id, state] of Object.entries(readable.scenarios)) expect(tracker.readScenarioState(id)).toEqual(state);
      expect(tracker.readLocation()).toBe('listening');
    }
    if (stored === 'damaged') {
      // Set aside on this device, never deleted, and the learner told.
      expect(local.getItem(setAsideStorageKey('peer-basics', '', 1_000))).toBe(text);
      expect(statuses).toEqual(['set-aside']);
    } else {
      expect(statuses).toEqual([]);
    }

    // The learner goes on; everything written back holds what was read.
    tracker.visitLesson('boundaries');
    tracker.saveQuestion(peerSupport.id, check(peerSupport, right, tracker.readQuestionState(peerSupport.id)).state);
    const before = read('cmi.suspend_data');
    tracker.finish('pagehide');
    const written = writtenValues(control, 'cmi.suspend_data').map((value) => decodeLearnerState(String(value), stateCourse));
    expect(written.length).toBeGreaterThan(0);
    for (const state of written) expectHoldsAll(state, readable ?? { visitedLessonIds: [], questions: {}, scenarios: {} });
    expect(decodeLearnerState(before, stateCourse)?.visitedLessonIds).toContain('boundaries');
    expect(tracker.readQuestionState(peerSupport.id)?.attempts).toBe((readable?.questions[peerSupport.id]?.attempts ?? 0) + 1);
  });
});
