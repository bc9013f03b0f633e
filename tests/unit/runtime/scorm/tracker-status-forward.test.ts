import { describe, expect, it } from 'vitest';
import { writtenValues } from './lms-fakes';
import { check, diagnose, drawnBoundary, peerSupport, quizCourse, wrong } from './quiz-course-fixture';
import { createTrackerFixture, versions } from './tracker-fixtures';

// Issue 9, defect 2: a stored "passed" was turned into "failed" by a later retake. Within an
// attempt completion and success never go back, and the best score stands.

const stored = {
  '1.2': { core: { entry: '', lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' } } },
  '2004': { entry: 'ab-initio', completion_status: 'completed', success_status: 'passed', score: { scaled: '0.9', raw: '90', min: '0', max: '100' } },
};

describe.each(versions)('a retake in SCORM $version after a pass', (setup) => {
  const successElement = setup.version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
  const rawElement = setup.version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';

  it('keeps the pass, the completion and the best score when every counted answer is now wrong', () => {
    const { tracker, control, read } = createTrackerFixture(setup, (lms: never) => (lms as { loadFromJSON(json: object): void }).loadFromJSON(stored[setup.version]), quizCourse);
    tracker.start();
    for (const question of [peerSupport, diagnose, drawnBoundary]) {
      const response = question.kind === 'true-false' ? { kind: 'true-false', value: true } as const : wrong;
      const { state, interaction } = check(question, response);
      tracker.saveQuestion(question.id, state, interaction);
    }
    tracker.finish('pagehide');
    expect(writtenValues(control, successElement).filter((value) => value === 'failed' || value === 'incomplete')).toEqual([]);
    expect(writtenValues(control, rawElement).map(Number).filter((raw) => raw < 90)).toEqual([]);
    if (setup.version === '2004') expect(writtenValues(control, 'cmi.completion_status')).not.toContain('incomplete');
    expect(read(successElement)).toBe(setup.version === '1.2' ? 'passed' : '');
  });
});
