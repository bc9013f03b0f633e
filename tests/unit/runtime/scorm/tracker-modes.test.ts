import { describe, expect, it } from 'vitest';
import { check, diagnose, drawnBoundary, peerSupport, quizCourse, right } from './quiz-course-fixture';
import { completionScenario, play, scenarioCourse } from './scenario-course-fixture';
import { createTrackerFixture, versions } from './tracker-fixtures';

// Issue 9, defect 3: cmi.mode / cmi.core.lesson_mode "review" or "browse", and credit "no-credit",
// were ignored: in review the course still wrote status, score and interactions.

const course = { ...quizCourse, ...scenarioCourse };
const launch = (version: string, mode: string, credit: string) =>
  version === '1.2' ? { core: { entry: 'resume', lesson_mode: mode, credit, lesson_status: 'passed' } } : { entry: 'resume', mode, credit, completion_status: 'completed' };

function learnEverything(tracker: ReturnType<typeof createTrackerFixture>['tracker']) {
  for (const lessonId of ['welcome', 'listening', 'boundaries']) {
    tracker.setLocation(lessonId);
    tracker.visitLesson(lessonId);
  }
  for (const question of [peerSupport, diagnose, drawnBoundary]) {
    const { state, interaction } = check(question, question.kind === 'true-false' ? { kind: 'true-false', value: false } : right);
    tracker.saveQuestion(question.id, state, interaction);
  }
  const played = play(completionScenario, ['listen-first']);
  tracker.saveScenario(completionScenario.id, played.state, played.interactions);
  tracker.setCompleted();
}

describe.each(versions)('a SCORM $version launch that records nothing', (setup) => {
  it.each(['review', 'browse'])('in %s mode writes no status, score, interaction, bookmark or saved state, and still ends the session', (mode) => {
    const { tracker, control } = createTrackerFixture(setup, (lms: never) => (lms as { loadFromJSON(json: object): void }).loadFromJSON(launch(setup.version, mode, 'no-credit')), course);
    tracker.start();
    learnEverything(tracker);
    // The page still shows what the learner does.
    expect(tracker.readQuestionState(peerSupport.id)?.attempts).toBe(1);
    tracker.finish('save-and-exit');
    const written = control.calls.filter((call) => /SetValue$/.test(call.name)).map((call) => String(call.args[0]));
    expect(written.filter((element) => !/session_time$/.test(element))).toEqual([]);
    expect(control.calls.filter((call) => /Terminate$|LMSFinish$/.test(call.name))).toHaveLength(1);
  });
});

describe.each(versions)('a SCORM $version launch without credit', (setup) => {
  it('records as usual', () => {
    const { tracker, control } = createTrackerFixture(setup, (lms: never) => (lms as { loadFromJSON(json: object): void }).loadFromJSON(launch(setup.version, 'normal', 'no-credit')), course);
    tracker.start();
    learnEverything(tracker);
    tracker.finish('save-and-exit');
    const written = new Set(control.calls.filter((call) => /SetValue$/.test(call.name)).map((call) => String(call.args[0])));
    for (const element of ['cmi.suspend_data', 'cmi.interactions.0.id', setup.version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']) expect(written).toContain(element);
    expect(tracker.readLaunch()).toEqual({ mode: 'normal', credit: false });
  });
});
