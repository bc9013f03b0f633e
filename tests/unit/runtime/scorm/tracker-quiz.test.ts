import { describe, expect, it } from 'vitest';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { writtenValues } from './lms-fakes';
import {
  allQuestions, check, diagnose, drawnBoundary, matchSkills, nameTheRole, peerSupport, practiceQuiz, quizCourse,
  readiness, right, undrawnBoundary, wrong,
} from './quiz-course-fixture';
import { SEED, createTrackerFixture, lessons, savedState, versions } from './tracker-fixtures';

const stateCourse = { lessonIds: lessons.map((lesson) => lesson.id), questions: allQuestions };
const requiredLessons = ['welcome', 'listening', 'boundaries'];

describe.each(versions)('quiz tracking on SCORM $version', (setup) => {
  const { elements } = setup;
  const is2004 = setup.version === '2004';

  /** What the LMS holds after `lms` ended, loaded into a new LMS as it would be at the next launch. */
  function relaunch(suspendData: string, location = 'listening') {
    return createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location, suspendData, status: 'incomplete' }), quizCourse);
  }

  it('saves question states in suspend_data and restores them on a resumed launch', () => {
    const first = createTrackerFixture(setup, undefined, quizCourse);
    first.tracker.start();
    first.tracker.visitLesson('welcome');
    const answers = {
      [peerSupport.id]: check(peerSupport, wrong).state,
      [matchSkills.id]: check(matchSkills, { kind: 'matching', matches: [['listen', 'share']] }, undefined, practiceQuiz.id).state,
      [nameTheRole.id]: check(nameTheRole, { kind: 'fill-in', text: 'Peer  support|2' }, undefined, practiceQuiz.id).state,
      [readiness.id]: check(readiness, { kind: 'likert', levelId: 'ready' }, undefined, practiceQuiz.id).state,
    };
    for (const [id, state] of Object.entries(answers)) first.tracker.saveQuestion(id, state);
    first.tracker.finish('save-and-exit');
    const saved = String(writtenValues(first.control, 'cmi.suspend_data').at(-1));
    expect(saved).toBe(savedState(['welcome'], answers, { questions: allQuestions }));

    const second = relaunch(saved);
    second.tracker.start();
    expect(second.tracker.readEntry()).toBe('resume');
    expect(second.tracker.readSeed()).toBe(SEED);
    for (const [id, state] of Object.entries(answers)) expect(second.tracker.readQuestionState(id)).toEqual(state);
    expect(second.tracker.readQuestionState(diagnose.id)).toBeUndefined();
    expect([...second.tracker.readVisitedLessonIds()]).toEqual(['welcome']);
    // Nothing changed, so nothing is rewritten at start.
    expect(writtenValues(second.control, 'cmi.suspend_data')).toEqual([]);
  });

  it('makes the seed once, saves it at the first launch and keeps it on every later one', () => {
    const first = createTrackerFixture(setup, undefined, quizCourse);
    first.tracker.start();
    expect(first.createSeed).toHaveBeenCalledTimes(1);
    expect(first.tracker.readSeed()).toBe(SEED);
    const saved = first.read('cmi.suspend_data');
    expect(decodeLearnerState(saved, stateCourse)?.seed).toBe(SEED);
    first.tracker.finish('pagehide');

    const second = relaunch(saved);
    second.createSeed.mockReturnValue(99);
    second.tracker.start();
    second.tracker.saveQuestion(peerSupport.id, check(peerSupport, right).state);
    expect(second.createSeed).not.toHaveBeenCalled();
    expect(second.tracker.readSeed()).toBe(SEED);
    expect(decodeLearnerState(second.read('cmi.suspend_data'), stateCourse)?.seed).toBe(SEED);
  });

  it('appends one interaction per check, in the version’s exact formats, and none for "Show the answer"', () => {
    const { tracker, read, lastError, control } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const first = check(peerSupport, wrong);
    tracker.saveQuestion(peerSupport.id, first.state, first.interaction);
    const second = check(peerSupport, right, first.state);
    tracker.saveQuestion(peerSupport.id, second.state, second.interaction);
    const matching = check(matchSkills, { kind: 'matching', matches: [['listen', 'share'], ['share', 'listen']] }, undefined, practiceQuiz.id);
    tracker.saveQuestion(matchSkills.id, matching.state, matching.interaction);
    tracker.saveQuestion(diagnose.id, { attempts: 0, correct: false, revealed: true });

    expect(read('cmi.interactions._count')).toBe('3');
    // 1.2 interaction fields are write-only, so both versions are checked as written.
    const at = (index: number, element: string) => writtenValues(control, `cmi.interactions.${index}.${element}`);
    expect(at(0, 'id')).toEqual(['urn:peerpath:peer-basics:listening-check:what-peer-support-is']);
    expect(at(2, 'id')).toEqual(['urn:peerpath:peer-basics:practice:match-skills']);
    expect(at(3, 'id')).toEqual([]);
    if (is2004) {
      expect([at(0, 'type'), at(0, 'learner_response'), at(0, 'result'), at(0, 'weighting'), at(0, 'timestamp')])
        .toEqual([['choice'], ['advice'], ['incorrect'], ['2'], ['2025-03-04T09:05:07']]);
      expect([at(1, 'learner_response'), at(1, 'result'), at(1, 'correct_responses.0.pattern'), at(1, 'description')])
        .toEqual([['mutual'], ['correct'], ['mutual'], [peerSupport.prompt]]);
      expect([at(2, 'type'), at(2, 'learner_response'), at(2, 'result'), at(2, 'correct_responses.0.pattern')])
        .toEqual([['matching'], ['listen[.]share[,]share[.]listen'], ['incorrect'], ['listen[.]listen[,]share[.]share']]);
    } else {
      // Single characters: the id's position among the options in authored order.
      expect([at(0, 'type'), at(0, 'student_response'), at(0, 'result'), at(0, 'weighting'), at(0, 'time')])
        .toEqual([['choice'], ['1'], ['wrong'], ['2'], ['09:05:07']]);
      expect([at(1, 'student_response'), at(1, 'result'), at(1, 'correct_responses.0.pattern')]).toEqual([['0'], ['correct'], ['0']]);
      expect([at(2, 'type'), at(2, 'student_response'), at(2, 'result'), at(2, 'correct_responses.0.pattern')])
        .toEqual([['matching'], ['0.1,1.0'], ['wrong'], ['0.0,1.1']]);
    }
    expect(lastError()).toBe('0');
  });

  it('says nothing of score or success until the counted quizzes are complete, then reports them', () => {
    const { tracker, read, control } = createTrackerFixture(setup, undefined, quizCourse);
    const scoreRaw = is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw';
    tracker.start();
    for (const lessonId of requiredLessons) tracker.visitLesson(lessonId);
    expect(read(elements.status)).toBe('incomplete');
    expect(tracker.readProgress()).toMatchObject({ visitedRequired: 3, answeredCountedQuestions: 0, totalCountedQuestions: 3, complete: false });

    const peer = check(peerSupport, right);
    tracker.saveQuestion(peerSupport.id, peer.state, peer.interaction);
    const tf = check(diagnose, { kind: 'true-false', value: true });
    tracker.saveQuestion(diagnose.id, tf.state, tf.interaction);
    // Formative and undrawn questions change neither progress nor result.
    tracker.saveQuestion(readiness.id, check(readiness, { kind: 'likert', levelId: 'ready' }, undefined, practiceQuiz.id).state);
    tracker.saveQuestion(undrawnBoundary.id, check(undrawnBoundary, right).state);
    expect(tracker.readProgress()).toMatchObject({ answeredCountedQuestions: 2, complete: false });
    expect(writtenValues(control, scoreRaw)).toEqual([]);
    expect(read(elements.status)).toBe('incomplete');
    if (is2004) expect(read('cmi.success_status')).toBe('unknown');

    // 2 + 0 + 1 of 4 points: 75 %, under the course pass mark (80).
    tracker.saveQuestion(drawnBoundary.id, check(drawnBoundary, right).state);
    expect(tracker.readProgress()).toMatchObject({ answeredCountedQuestions: 3, measure: 1, complete: true });
    if (is2004) {
      expect([read('cmi.completion_status'), read('cmi.success_status')]).toEqual(['completed', 'failed']);
      expect([read('cmi.score.raw'), read('cmi.score.min'), read('cmi.score.max'), read('cmi.score.scaled')]).toEqual(['75', '0', '100', '0.75']);
      expect(writtenValues(control, 'cmi.progress_measure')).toEqual(['0', '0.1667', '0.3333', '0.5', '0.6667', '0.8333', '1']);
    } else {
      expect([read('cmi.core.lesson_status'), read('cmi.core.score.raw')]).toEqual(['failed', '75']);
    }

    // Trying again can turn a fail into a pass.
    const again = check(diagnose, { kind: 'true-false', value: false }, tf.state);
    tracker.saveQuestion(diagnose.id, again.state, again.interaction);
    if (is2004) {
      expect([read('cmi.completion_status'), read('cmi.success_status'), read('cmi.score.scaled')]).toEqual(['completed', 'passed', '1']);
    } else {
      expect([read('cmi.core.lesson_status'), read('cmi.core.score.raw')]).toEqual(['passed', '100']);
    }
    expect(writtenValues(control, scoreRaw)).toEqual(['75', '100']);
  });

  it('completes only when the required lessons are visited too', () => {
    const { tracker, read } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    for (const question of [peerSupport, drawnBoundary]) tracker.saveQuestion(question.id, check(question, right).state);
    tracker.saveQuestion(diagnose.id, check(diagnose, { kind: 'true-false', value: false }).state);
    expect(tracker.readProgress().complete).toBe(false);
    // 1.2 says "passed" only with completion: an LMS reads it as finished.
    expect(read(elements.status)).toBe('incomplete');
    if (is2004) expect(read('cmi.success_status')).toBe('passed');
    for (const lessonId of requiredLessons) tracker.visitLesson(lessonId);
    expect(read(elements.status)).toBe(is2004 ? 'completed' : 'passed');
  });

  it('re-assesses a resumed learner and reports the result once', () => {
    const answers = Object.fromEntries([peerSupport, drawnBoundary].map((question) => [question.id, check(question, right).state]));
    answers[diagnose.id] = check(diagnose, { kind: 'true-false', value: true }).state;
    const { tracker, read, control } = relaunch(savedState(requiredLessons, answers, { questions: allQuestions }));
    tracker.start();
    expect(tracker.readProgress()).toMatchObject({ complete: true, measure: 1 });
    expect(read(is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw')).toBe('75');
    expect(read(elements.status)).toBe(is2004 ? 'completed' : 'failed');
    tracker.visitLesson('further-reading');
    expect(writtenValues(control, is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw')).toEqual(['75']);
  });

  it('keeps an answer in memory once the session has ended, without calling the LMS', () => {
    const { tracker, control } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    tracker.finish('pagehide');
    const calls = control.calls.length;
    const answer = check(peerSupport, right);
    tracker.saveQuestion(peerSupport.id, answer.state, answer.interaction);
    expect(tracker.readQuestionState(peerSupport.id)).toEqual(answer.state);
    expect(control.calls.length).toBe(calls);
  });

  it('refuses a malformed interaction at the call, before the state changes', () => {
    const { tracker } = createTrackerFixture(setup, undefined, quizCourse);
    tracker.start();
    const numeric = { id: 'urn:peerpath:c:q', type: 'numeric', response: Number.NaN, result: 'correct', timestamp: new Date() } as const;
    expect(() => tracker.saveQuestion(peerSupport.id, check(peerSupport, right).state, numeric)).toThrow(RangeError);
    expect(tracker.readQuestionState(peerSupport.id)).toBeUndefined();
  });
});
