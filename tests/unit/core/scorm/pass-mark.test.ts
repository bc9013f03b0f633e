import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAssessmentPlan } from '../../../../src/core/quiz/course-assessment-plan';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { toScenarioPlan } from '../../../../src/core/scenario/scenario-plan';
import { reportsScore, toMasteryScore12, toMinNormalizedMeasure } from '../../../../src/core/scorm/pass-mark';
import { bankOf, likert, single } from '../quiz/sample-questions';
import { diagnosis } from '../scenario/sample-scenarios';

const quiz = (counts: boolean, items: QuizDefinition['items']): QuizDefinition => ({ id: 'q', lessonId: 'l', counts, items, bands: [] });

describe('the pass mark as the manifests state it', () => {
  it.each([
    [80, '80', '0.8'],
    [0, '0', '0'],
    [100, '100', '1'],
    [57, '57', '0.57'],
    [66.5, '66.5', '0.665'],
    [66.001, '66.01', '0.6601'],
  ])('%s → masteryscore %s, minNormalizedMeasure %s', (passMark, mastery, measure) => {
    expect(toMasteryScore12(passMark)).toBe(mastery);
    expect(toMinNormalizedMeasure(passMark)).toBe(measure);
  });

  it('agrees with the course on every whole-percent score, whatever the pass mark', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 100 }), (passMark, score) => {
      const coursePasses = score >= passMark;
      expect(score >= Number(toMasteryScore12(passMark))).toBe(coursePasses);
      expect(Number((score / 100).toFixed(4)) >= Number(toMinNormalizedMeasure(passMark))).toBe(coursePasses);
    }));
  });
});

describe('reportsScore', () => {
  it('is true when a counted question or a bank question carries points', () => {
    expect(reportsScore(toAssessmentPlan([quiz(true, [single])], 80), [])).toBe(true);
    expect(reportsScore(toAssessmentPlan([quiz(true, [bankOf('pool', 1, ['a', 'b'])])], 80), [])).toBe(true);
  });

  it('is false for practice quizzes, likert-only counted quizzes and completion scenarios', () => {
    const completion = toScenarioPlan([{ ...diagnosis, counts: 'completion' }]);
    expect(reportsScore(toAssessmentPlan([quiz(false, [single]), quiz(true, [likert])], 80), completion)).toBe(false);
  });

  it('is true for a scored scenario with weight', () => {
    const none = toAssessmentPlan([], 80);
    expect(reportsScore(none, toScenarioPlan([{ ...diagnosis, counts: 'score' }]))).toBe(true);
    expect(reportsScore(none, toScenarioPlan([{ ...diagnosis, counts: 'score', weight: 0 }]))).toBe(false);
  });
});
