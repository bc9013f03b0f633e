import { formatConditions } from './condition';
import type { GraphProblem } from './graph-problem';
import type { Condition, ScenarioDefinition, VariableDef } from './scenario-definition';
import { indexVariables } from './variable-change';

/** Whether some whole number in the variable's range meets every one of these conditions on it. */
export function canHold(conditions: readonly Condition[], range: Pick<VariableDef, 'min' | 'max'>): boolean {
  let low = range.min;
  let high = range.max;
  const excluded = new Set<number>();
  for (const { operator, value } of conditions) {
    if (operator === '==' || operator === '>=') low = Math.max(low, value);
    if (operator === '==' || operator === '<=') high = Math.min(high, value);
    if (operator === '>') low = Math.max(low, value + 1);
    if (operator === '<') high = Math.min(high, value - 1);
    if (operator === '!=') excluded.add(value);
  }
  // Only values that are excluded can fail, so this looks at most excluded.size + 1 values.
  for (let value = low; value <= high; value++) if (!excluded.has(value)) return true;
  return false;
}

/**
 * Conditions that no value in the variables' declared ranges can meet, e.g. `trust>5` when trust
 * goes up to 3, or `trust>=2 and trust<=1`. Needs no exploration, so it runs even on huge scenarios.
 */
export function checkImpossibleConditions(scenario: ScenarioDefinition): GraphProblem[] {
  const variables = indexVariables(scenario.variables);
  return scenario.scenes.flatMap((scene) => scene.choices.flatMap((choice) => {
    const impossible = [...new Set(choice.when.map((condition) => condition.variable))].find((name) => {
      const range = variables.get(name);
      // Undeclared and malformed variables have problems of their own.
      if (range === undefined || !Number.isSafeInteger(range.min) || !Number.isSafeInteger(range.max) || range.min > range.max) return false;
      return !canHold(choice.when.filter((condition) => condition.variable === name), range);
    });
    if (impossible === undefined) return [];
    const { min, max } = variables.get(impossible) as VariableDef;
    return [{
      kind: 'condition-never-holds', sceneId: scene.id, choiceId: choice.id,
      message: `Choice "${choice.id}" in scene "${scene.id}" is never offered: when="${formatConditions(choice.when)}" cannot hold, because ${impossible} stays between ${min} and ${max}.`,
      hint: `Change the condition so that some value of ${impossible} from ${min} to ${max} meets it, or widen ${impossible}'s min and max.`,
    } satisfies GraphProblem];
  }));
}
