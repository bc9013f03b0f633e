import { describe, expect, it } from 'vitest';
import { toScenarioPlan } from '../../../../src/core/scenario/scenario-plan';
import { decodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { writtenValues } from './lms-fakes';
import { check, diagnose, drawnBoundary, peerSupport, quizCourse, right } from './quiz-course-fixture';
import { completionScenario, play, practiceScenario, scenarioCourse, scoreScenario } from './scenario-course-fixture';
import { createTrackerFixture, lessons, savedState, versions } from './tracker-fixtures';

const requiredLessons = ['welcome', 'listening', 'boundaries'];
const stateCourse = { lessonIds: lessons.map((lesson) => lesson.id), questions: [], scenarios: scenarioCourse.scenarios };

describe.each(versions)('scenario tracking on SCORM $version', (setup) => {
  const { elements } = setup;
  const is2004 = setup.version === '2004';
  const scoreRaw = is2004 ? 'cmi.score.raw' : 'cmi.core.score.raw';

  it('saves scenario states in suspend_data and restores them on a resumed launch', () => {
    const first = createTrackerFixture(setup, undefined, scenarioCourse);
    first.tracker.start();
    const midway = play(practiceScenario, ['share-briefly']);
    const ended = play(scoreScenario, ['brush-off', 'offer-choice']);
    first.tracker.saveScenario(practiceScenario.id, midway.state, midway.interactions);
    first.tracker.saveScenario(scoreScenario.id, ended.state, ended.interactions);
    first.tracker.finish('save-and-exit');
    const saved = String(writtenValues(first.control, 'cmi.suspend_data').at(-1));
    expect(saved).toBe(savedState([], {}, { scenarios: scenarioCourse.scenarios, scenarioStates: { [practiceScenario.id]: midway.state, [scoreScenario.id]: ended.state } }));

    const second = createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location: 'welcome', suspendData: saved, status: 'incomplete' }), scenarioCourse);
    second.tracker.start();
    expect(second.tracker.readEntry()).toBe('resume');
    expect(second.tracker.readScenarioState(practiceScenario.id)).toEqual(midway.state);
    expect(second.tracker.readScenarioState(scoreScenario.id)).toEqual(ended.state);
    expect(second.tracker.readScenarioState(completionScenario.id)).toBeUndefined();
    // Nothing changed, so nothing is rewritten at start.
    expect(writtenValues(second.control, 'cmi.suspend_data')).toEqual([]);
    // The player goes on from the saved path.
    const resumed = play(practiceScenario, ['invite-others'], second.tracker.readScenarioState(practiceScenario.id));
    second.tracker.saveScenario(practiceScenario.id, resumed.state, resumed.interactions);
    expect(decodeLearnerState(second.read('cmi.suspend_data'), stateCourse)?.scenarios[practiceScenario.id])
      .toEqual({ path: ['share-briefly', 'invite-others'], endingsReached: ['ending-open'], lastOutcome: { endingId: 'ending-open', scores: { safety: 1, choice: 2 } } });
  });

  it('appends each decision and the outcome, in the version’s exact formats', () => {
    const { tracker, read, lastError, control } = createTrackerFixture(setup, undefined, scenarioCourse);
    tracker.start();
    const { state, interactions } = play(completionScenario, ['fix-it']);
    tracker.saveScenario(completionScenario.id, state, interactions);
    expect(read('cmi.interactions._count')).toBe('2');
    const at = (index: number, element: string) => writtenValues(control, `cmi.interactions.${index}.${element}`);
    expect(at(0, 'id')).toEqual(['urn:peerpath:peer-basics:first-call:first-call']);
    expect(at(1, 'id')).toEqual(['urn:peerpath:peer-basics:first-call:ending-rushed']);
    if (is2004) {
      expect([at(0, 'type'), at(0, 'learner_response'), at(0, 'result'), at(0, 'description')])
        .toEqual([['choice'], ['fix_it'], ['neutral'], ['A first phone call']]);
      // Identifiers every LMS takes: letters, digits, "_" and "." only (Moodle refuses "-" with 406).
      expect([at(1, 'type'), at(1, 'learner_response'), at(1, 'result'), at(1, 'description')])
        .toEqual([['performance'], ['ending[.]ending_rushed[,]safety[.]0'], ['neutral'], ['A rushed call']]);
    } else {
      // The choice as its position among the scene's choices, the only form 1.2 takes.
      expect([at(0, 'type'), at(0, 'student_response'), at(0, 'result'), at(0, 'time')]).toEqual([['choice'], ['1'], ['neutral'], ['09:05:07']]);
      expect([at(1, 'type'), at(1, 'student_response'), at(1, 'result')]).toEqual([['performance'], ['ending.ending_rushed,safety.0'], ['neutral']]);
    }
    // "Back" and "Start again" save the path without an interaction.
    tracker.saveScenario(completionScenario.id, { ...state, path: [] }, []);
    expect(read('cmi.interactions._count')).toBe('2');
    expect(tracker.readScenarioState(completionScenario.id)).toEqual({ ...state, path: [] });
    expect(lastError()).toBe('0');
  });

  it('completes the course only once a completion scenario has reached an ending', () => {
    const course = { scenarios: toScenarioPlan([practiceScenario, completionScenario]) };
    const { tracker, read, control } = createTrackerFixture(setup, undefined, course);
    tracker.start();
    for (const lessonId of requiredLessons) tracker.visitLesson(lessonId);
    expect(tracker.readProgress()).toMatchObject({ reachedCountedScenarios: 0, totalCountedScenarios: 1, measure: 0.75, complete: false });
    expect(read(elements.status)).toBe('incomplete');
    const midway = play(completionScenario, []);
    tracker.saveScenario(completionScenario.id, midway.state, midway.interactions);
    expect(read(elements.status)).toBe('incomplete');

    const ended = play(completionScenario, ['listen-first']);
    tracker.saveScenario(completionScenario.id, ended.state, ended.interactions);
    expect(tracker.readProgress()).toMatchObject({ reachedCountedScenarios: 1, measure: 1, complete: true });
    expect(read(elements.status)).toBe('completed');
    expect(writtenValues(control, scoreRaw)).toEqual([]);
    if (is2004) {
      expect(writtenValues(control, 'cmi.progress_measure')).toEqual(['0', '0.25', '0.5', '0.75', '1']);
      expect(read('cmi.success_status')).toBe('unknown');
    }
  });

  it('scores a score scenario together with the counted quiz, once both are done', () => {
    const course = { ...quizCourse, scenarios: toScenarioPlan([scoreScenario]) };
    const { tracker, read, control } = createTrackerFixture(setup, undefined, course);
    tracker.start();
    for (const lessonId of requiredLessons) tracker.visitLesson(lessonId);
    for (const question of [peerSupport, drawnBoundary]) tracker.saveQuestion(question.id, check(question, right).state);
    tracker.saveQuestion(diagnose.id, check(diagnose, { kind: 'true-false', value: false }).state);
    // Every quiz point is won, but the score scenario has no outcome yet: no score, not complete.
    expect(tracker.readProgress()).toMatchObject({ answeredCountedQuestions: 3, reachedCountedScenarios: 0, complete: false });
    expect(writtenValues(control, scoreRaw)).toEqual([]);
    expect(read(elements.status)).toBe('incomplete');

    // Total 1 of −2 … 4: half of the scenario's 2 points, so (4 + 1) / 6.
    const half = play(scoreScenario, ['brush-off', 'offer-choice']);
    tracker.saveScenario(scoreScenario.id, half.state, half.interactions);
    expect(tracker.readProgress()).toMatchObject({ reachedCountedScenarios: 1, totalCountedScenarios: 1, measure: 1, complete: true });
    if (is2004) {
      expect([read('cmi.completion_status'), read('cmi.success_status'), read('cmi.score.raw'), read('cmi.score.scaled')])
        .toEqual(['completed', 'passed', '83', '0.83']);
    } else {
      expect([read('cmi.core.lesson_status'), read('cmi.core.score.raw')]).toEqual(['passed', '83']);
    }

    // Another play counts its own outcome: the latest one.
    const best = play(scoreScenario, ['name-it', 'offer-choice'], { ...half.state, path: [] });
    tracker.saveScenario(scoreScenario.id, best.state, best.interactions);
    expect(best.state.endingsReached).toEqual(['ending-shared']);
    expect(writtenValues(control, scoreRaw)).toEqual(['83', '100']);
  });

  it('re-assesses a resumed learner from the saved scenario outcome', () => {
    const course = { ...quizCourse, scenarios: toScenarioPlan([scoreScenario]) };
    const answers = Object.fromEntries([peerSupport, drawnBoundary].map((question) => [question.id, check(question, right).state]));
    answers[diagnose.id] = check(diagnose, { kind: 'true-false', value: true }).state;
    const ended = play(scoreScenario, ['name-it', 'decide-for-them']);
    const saved = savedState(requiredLessons, answers, { questions: [peerSupport, diagnose, drawnBoundary], scenarios: course.scenarios, scenarioStates: { [scoreScenario.id]: ended.state } });
    const { tracker, read } = createTrackerFixture(setup, (lms: never) =>
      setup.preload(lms, { entry: 'resume', location: 'boundaries', suspendData: saved, status: 'incomplete' }), course);
    tracker.start();
    // Quiz 3 of 4 points; scenario total 1 of −2 … 4, 1 of 2 points: 4 / 6.
    expect(tracker.readProgress()).toMatchObject({ complete: true, measure: 1 });
    expect(read(scoreRaw)).toBe('67');
    expect(read(elements.status)).toBe(is2004 ? 'completed' : 'failed');
  });

  it('records practice scenarios as interactions and changes nothing else', () => {
    const course = { scenarios: toScenarioPlan([practiceScenario]) };
    const { tracker, read, control } = createTrackerFixture(setup, undefined, course);
    tracker.start();
    tracker.visitLesson('welcome');
    const before = { progress: tracker.readProgress(), status: read(elements.status), measures: writtenValues(control, 'cmi.progress_measure') };
    const { state, interactions } = play(practiceScenario, ['deflect', 'check-in']);
    tracker.saveScenario(practiceScenario.id, state, interactions);
    expect(read('cmi.interactions._count')).toBe(String(interactions.length));
    expect(tracker.readProgress()).toEqual(before.progress);
    expect(tracker.readProgress()).toMatchObject({ totalCountedScenarios: 0, complete: false });
    expect(read(elements.status)).toBe(before.status);
    expect(writtenValues(control, 'cmi.progress_measure')).toEqual(before.measures);
    expect(writtenValues(control, scoreRaw)).toEqual([]);
    if (is2004) expect(read('cmi.success_status')).toBe('unknown');
    // …but its state is kept, so the learner resumes where they were.
    expect(decodeLearnerState(read('cmi.suspend_data'), stateCourse)?.scenarios[practiceScenario.id]).toEqual(state);
  });

  it('keeps a scenario in memory once the session has ended, without calling the LMS', () => {
    const { tracker, control } = createTrackerFixture(setup, undefined, scenarioCourse);
    tracker.start();
    tracker.finish('pagehide');
    const calls = control.calls.length;
    const { state, interactions } = play(completionScenario, ['listen-first']);
    tracker.saveScenario(completionScenario.id, state, interactions);
    expect(tracker.readScenarioState(completionScenario.id)).toEqual(state);
    expect(control.calls.length).toBe(calls);
  });

  it('refuses a malformed interaction at the call, before the state changes', () => {
    const { tracker } = createTrackerFixture(setup, undefined, scenarioCourse);
    tracker.start();
    const { state, interactions } = play(completionScenario, ['listen-first']);
    const numeric = { id: 'urn:peerpath:c:s', type: 'numeric', response: Number.NaN, result: 'neutral', timestamp: new Date() } as const;
    expect(() => tracker.saveScenario(completionScenario.id, state, [...interactions, numeric])).toThrow(RangeError);
    expect(tracker.readScenarioState(completionScenario.id)).toBeUndefined();
  });

  it('gives the player a copy, so changing it changes nothing saved', () => {
    const { tracker } = createTrackerFixture(setup, undefined, scenarioCourse);
    tracker.start();
    const { state, interactions } = play(completionScenario, ['listen-first']);
    tracker.saveScenario(completionScenario.id, state, interactions);
    state.path.push('fix-it');
    tracker.readScenarioState(completionScenario.id)?.endingsReached.push('ending-rushed');
    expect(tracker.readScenarioState(completionScenario.id)).toEqual({ ...state, path: ['listen-first'] });
  });
});
