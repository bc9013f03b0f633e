import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMoodleRules } from '../../../e2e/lms/moodle-rules.js';
import { writtenValues } from './lms-fakes';
import { check, diagnose, matchSkills, nameTheRole, peerSupport, practiceQuiz, quizCourse, readiness, right } from './quiz-course-fixture';
import { completionScenario, play, scenarioCourse, scoreScenario } from './scenario-course-fixture';
import { createTrackerFixture, versions } from './tracker-fixtures';
import { itemAt } from '../../../support/defined';

// Issue 9, defect 0: Moodle 4.5 refuses "-" in SCORM 2004 response identifiers with error 406; the
// course then retried the refused value for ever and held back everything queued behind it, exit
// and session time included, while telling the learner the platform could not be reached.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const course = { ...quizCourse, ...scenarioCourse };

/** Every question kind, answered and checked, and two scenarios played to an ending: ids with dashes throughout. */
function answerEverything(tracker: ReturnType<typeof createTrackerFixture>['tracker']) {
  const checks = [
    check(peerSupport, right),
    check(diagnose, { kind: 'true-false', value: false }),
    check(matchSkills, { kind: 'matching', matches: [['listen', 'listen'], ['share', 'share']] }, undefined, practiceQuiz.id),
    check(nameTheRole, { kind: 'fill-in', text: 'peer support' }, undefined, practiceQuiz.id),
    check(readiness, { kind: 'likert', levelId: 'not-yet' }, undefined, practiceQuiz.id),
  ];
  const questions = [peerSupport, diagnose, matchSkills, nameTheRole, readiness];
  checks.forEach(({ state, interaction }, index) => tracker.saveQuestion(itemAt(questions, index).id, state, interaction));
  for (const [scenario, path] of [[completionScenario, ['fix-it']], [scoreScenario, ['name-it', 'offer-choice']]] as const) {
    const played = play(scenario, path);
    tracker.saveScenario(scenario.id, played.state, played.interactions);
  }
  return checks.length + 2 + 3;
}

describe.each(versions)('tracking in an LMS with Moodle 4.5\'s value rules, SCORM $version', (setup) => {
  const { elements } = setup;

  it('has every value accepted, answers of every kind and scenario decisions included, and ends suspended', () => {
    const { tracker, control, statuses, read } = createTrackerFixture(setup, (lms: never) => {
      applyMoodleRules(lms, setup.version);
    }, course);
    tracker.start();
    const interactions = answerEverything(tracker);
    expect(read('cmi.interactions._count')).toBe(String(interactions));
    tracker.finish('save-and-exit');
    const refused = control.calls.filter((call) => call.result === 'false').map((call) => `${call.name}(${call.args.join(', ')})`);
    expect(refused).toEqual([]);
    const responses = writtenValues(control, `cmi.interactions.4.${setup.version === '1.2' ? 'student_response' : 'learner_response'}`);
    expect(responses).toEqual([setup.version === '1.2' ? '0' : 'not_yet']);
    expect(writtenValues(control, elements.exit)).toEqual(['suspend']);
    expect(writtenValues(control, elements.sessionTime)).toHaveLength(1);
    expect(statuses).toEqual(['saved']);
  });

  it('drops a value the LMS refuses for good, logs it, and still saves everything else and ends the session', () => {
    const refusedElement = setup.version === '1.2' ? 'student_response' : 'learner_response';
    const { tracker, control, statuses, read } = createTrackerFixture(setup, (lms: never) => {
      const api = lms as Record<string, unknown> & { lastErrorCode: string };
      const name = setup.version === '1.2' ? 'LMSSetValue' : 'SetValue';
      const setValue = (api[name] as (element: string, value: string) => string).bind(api);
      // As Moodle answers an identifier it does not accept: "false", then a data-model error.
      api[name] = (element: string, value: string) => {
        if (!element.endsWith(refusedElement)) return setValue(element, value);
        api.lastErrorCode = setup.version === '1.2' ? '405' : '406';
        return 'false';
      };
    }, course);
    tracker.start();
    const played = play(completionScenario, ['fix-it']);
    tracker.saveScenario(completionScenario.id, played.state, played.interactions);
    tracker.setLocation('listening');
    tracker.visitLesson('listening');
    expect(read('cmi.interactions._count')).toBe('2');
    tracker.finish('save-and-exit');

    expect(tracker.isFinished()).toBe(true);
    expect(statuses).toEqual(['saved']);
    expect(writtenValues(control, elements.exit)).toEqual(['suspend']);
    expect(writtenValues(control, elements.sessionTime)).toHaveLength(1);
    expect(writtenValues(control, elements.location)).toEqual(['listening']);
    expect(writtenValues(control, 'cmi.interactions.0.result')).toEqual(['neutral']);
    expect(tracker.readDiagnostics().map(({ kind, what, code }) => [kind, what, code])).toEqual([0, 1].map((index) =>
      ['refused', `cmi.interactions.${index}.${refusedElement}`, setup.version === '1.2' ? '405' : '406']));
    // Each refused value was tried once, never again.
    const tries = control.calls.filter((call) => String(call.args[0]).endsWith(refusedElement));
    expect(tries).toHaveLength(2);
    vi.advanceTimersByTime(120_000);
    expect(control.calls.filter((call) => String(call.args[0]).endsWith(refusedElement))).toHaveLength(2);
  });
});
