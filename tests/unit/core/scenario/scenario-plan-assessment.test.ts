import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCourse } from '../../../../src/core/quiz/course-assessment';
import { toAssessmentPlan } from '../../../../src/core/quiz/course-assessment-plan';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { assessScenarios, scenarioPoints } from '../../../../src/core/scenario/scenario-assessment';
import type { PlannedScenario } from '../../../../src/core/scenario/scenario-plan';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';

const planned = (id: string, counts: PlannedScenario['counts'], extra: Partial<PlannedScenario> = {}): PlannedScenario => ({
  id, lessonId: 'listening', counts, weight: 1, dimensions: ['safety', 'choice'], choiceIds: ['a'], endingIds: ['open', 'closed'],
  totalMin: -2, totalMax: 6, ...extra,
});
const ended = (safety: number, choice: number, endingId = 'open'): ScenarioState =>
  ({ path: ['a'], endingsReached: [endingId], lastOutcome: { endingId, scores: { safety, choice } } });

describe('scenarioPoints', () => {
  it('normalises the total of the dimensions into the planned range, times the weight', () => {
    const scenario = planned('s', 'score', { weight: 2 });
    expect(scenarioPoints(scenario, { endingId: 'open', scores: { safety: 1, choice: 1 } })).toBe(1);
    expect(scenarioPoints(scenario, { endingId: 'open', scores: { safety: 6, choice: 0 } })).toBe(2);
    expect(scenarioPoints(scenario, { endingId: 'open', scores: { safety: -2 } })).toBe(0);
  });

  it('clamps a looping play beyond the range, and gives full weight when the range is one value', () => {
    expect(scenarioPoints(planned('s', 'score'), { endingId: 'open', scores: { safety: 40, choice: 0 } })).toBe(1);
    expect(scenarioPoints(planned('s', 'score'), { endingId: 'open', scores: { safety: -40, choice: 0 } })).toBe(0);
    expect(scenarioPoints(planned('s', 'score', { totalMin: 3, totalMax: 3, weight: 4 }), { endingId: 'open', scores: {} })).toBe(4);
  });

  it('stays within 0 … weight whatever the scores', () => {
    fc.assert(fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -10, max: 10 }), fc.nat(10), fc.nat(5),
      (safety, choice, totalMin, span, weight) => {
        const points = scenarioPoints(planned('s', 'score', { totalMin, totalMax: totalMin + span, weight }), { endingId: 'open', scores: { safety, choice } });
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(weight);
      }));
  });
});

describe('assessScenarios', () => {
  const plan = [planned('practice', 'practice'), planned('must-end', 'completion'), planned('scored', 'score', { weight: 2 })];

  it('counts completion and score scenarios, never practice ones', () => {
    const states: Record<string, ScenarioState> = { practice: ended(6, 0) };
    expect(assessScenarios(plan, (id) => states[id])).toEqual({
      scenariosComplete: false, reached: 0, total: 2, score: { complete: false, points: 0, maxPoints: 2 },
    });
  });

  it('is complete once every counted scenario has an ending, and scores the latest outcome', () => {
    const states: Record<string, ScenarioState> = { 'must-end': { path: [], endingsReached: ['closed'] }, scored: ended(2, 2) };
    expect(assessScenarios(plan, (id) => states[id])).toEqual({
      scenariosComplete: true, reached: 2, total: 2, score: { complete: true, points: 1.5, maxPoints: 2 },
    });
  });

  it('has nothing to do when nothing counts', () => {
    expect(assessScenarios([planned('practice', 'practice')], () => undefined)).toEqual({
      scenariosComplete: true, reached: 0, total: 0, score: { complete: true, points: 0, maxPoints: 0 },
    });
  });

  it('waits for an outcome before scoring a scenario whose ending was kept without one (after a republish)', () => {
    const states: Record<string, ScenarioState> = { 'must-end': ended(0, 0), scored: { path: [], endingsReached: ['open'] } };
    expect(assessScenarios(plan, (id) => states[id])).toMatchObject({ scenariosComplete: true, score: { complete: false } });
  });
});

describe('assessCourse with score scenarios', () => {
  const quiz: QuizDefinition = {
    id: 'check', lessonId: 'listening', counts: true, bands: [], items: [
      { kind: 'true-false', id: 'one', prompt: 'One?', weight: 1, answer: true },
      { kind: 'true-false', id: 'two', prompt: 'Two?', weight: 1, answer: true },
    ],
  };
  const quizPlan = toAssessmentPlan([quiz], 70);
  const bothRight = () => ({ attempts: 1, correct: true, revealed: false });

  it('adds the scenarios’ points into one course percentage', () => {
    // 2 of 2 quiz points and 0.5 of 2 scenario points: 2.5 / 4.
    expect(assessCourse(quizPlan, 1, bothRight, { complete: true, points: 0.5, maxPoints: 2 })).toEqual({
      quizzesComplete: true, answered: 2, total: 2, scorePercent: 63, passed: false,
    });
  });

  it('gives no score until the scenarios have their outcomes too', () => {
    expect(assessCourse(quizPlan, 1, bothRight, { complete: false, points: 0, maxPoints: 2 })).toEqual({ quizzesComplete: true, answered: 2, total: 2 });
  });

  it('scores a course whose only points are scenarios', () => {
    expect(assessCourse(toAssessmentPlan([], 50), 1, () => undefined, { complete: true, points: 1, maxPoints: 2 }))
      .toEqual({ quizzesComplete: true, answered: 0, total: 0, scorePercent: 50, passed: true });
  });
});
