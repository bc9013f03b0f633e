import fc from 'fast-check';
import type { ChoiceDef, ComparisonOperator, Condition, PlayState, ScenarioDefinition, VariableChange } from '../../../../src/core/scenario/scenario-definition';
import { availableChoices, choose, isEnding, startScenario } from '../../../../src/core/scenario/scenario-play';
import type { ScoreRanges } from '../../../../src/core/scenario/score-ranges';
import { ending, scenarioOf, scene, variable } from './sample-scenarios';
import { itemAt } from '../../../support/defined';

const operators: ComparisonOperator[] = ['==', '!=', '>=', '<=', '>', '<'];

/**
 * Small random scenarios: up to 4 scenes and 3 endings, up to 2 variables with ranges 0–1 or 0–2,
 * 1–3 choices per scene with random targets (so loops), conditions, changes and points. With
 * `chained`, each scene's first choice is unconditional and leads to the next scene (the last to an
 * ending), which makes most of them pass the graph checks.
 */
export function arbitraryScenario(chained: boolean): fc.Arbitrary<ScenarioDefinition> {
  return fc.record({
    sceneCount: fc.integer({ min: 1, max: 4 }),
    endingCount: fc.integer({ min: 1, max: 3 }),
    maxima: fc.array(fc.integer({ min: 1, max: 2 }), { maxLength: 2 }),
  }).chain(({ sceneCount, endingCount, maxima }) => {
    const sceneIds = Array.from({ length: sceneCount }, (_, index) => `scene-${index}`);
    const endingIds = Array.from({ length: endingCount }, (_, index) => `ending-${index}`);
    const variableIds = maxima.map((_, index) => `v${index}`);
    const condition: fc.Arbitrary<Condition[]> = variableIds.length === 0 ? fc.constant([]) : fc.array(fc.record({
      variable: fc.constantFrom(...variableIds), operator: fc.constantFrom(...operators), value: fc.integer({ min: -1, max: 3 }),
    }), { maxLength: 2 });
    const change: fc.Arbitrary<VariableChange[]> = variableIds.length === 0 ? fc.constant([]) : fc.array(fc.record({
      variable: fc.constantFrom(...variableIds), operation: fc.constantFrom('add' as const, 'set' as const), value: fc.integer({ min: -2, max: 2 }),
    }), { maxLength: 2 });
    const choiceShape = fc.record({
      to: fc.constantFrom(...sceneIds, ...endingIds), when: condition, sets: change,
      scores: fc.record({ safety: fc.integer({ min: -3, max: 3 }), choice: fc.integer({ min: -3, max: 3 }) }),
    });
    return fc.array(fc.array(choiceShape, { minLength: 1, maxLength: 3 }), { minLength: sceneCount, maxLength: sceneCount }).map((scenes) =>
      scenarioOf([
        ...scenes.map((shapes, sceneIndex) => scene(sceneIds[sceneIndex] as string, shapes.map((shape, choiceIndex): ChoiceDef => {
          const chainedTo = sceneIds[sceneIndex + 1] ?? itemAt(endingIds, 0);
          const first = chained && choiceIndex === 0;
          return { id: `choice-${sceneIndex}-${choiceIndex}`, text: 'Go', ...shape, ...(first ? { to: chainedTo, when: [] } : {}) };
        }))),
        ...endingIds.map((id) => ending(id)),
      ], { variables: maxima.map((max, index) => variable(variableIds[index] as string, 0, 0, max)) }));
  });
}

const stateKey = (state: PlayState) => `${state.sceneId}|${JSON.stringify(state.variables)}`;

/** Ranges by brute force: every play through the play API that never repeats a situation. Undefined past `limit` steps. */
export function rangesByEveryPlay(scenario: ScenarioDefinition, limit = 200_000): ScoreRanges | undefined {
  const ranges: ScoreRanges = {};
  let steps = 0;
  const onPath = new Set<string>();
  const walk = (state: PlayState): boolean => {
    if (++steps > limit) return false;
    if (isEnding(scenario, state)) {
      const range = (ranges[state.sceneId] ??= {});
      for (const [dimension, value] of Object.entries(state.scores)) {
        const known = range[dimension];
        range[dimension] = { min: Math.min(known?.min ?? value, value), max: Math.max(known?.max ?? value, value) };
      }
      return true;
    }
    onPath.add(stateKey(state));
    for (const choice of availableChoices(scenario, state)) {
      const next = choose(scenario, state, choice.id);
      if (!onPath.has(stateKey(next)) && !walk(next)) return false;
    }
    onPath.delete(stateKey(state));
    return true;
  };
  return walk(startScenario(scenario)) ? ranges : undefined;
}
