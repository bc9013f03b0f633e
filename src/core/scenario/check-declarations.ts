import { didYouMean } from './did-you-mean';
import { formatConditions } from './condition';
import { listQuoted, type GraphProblem } from './graph-problem';
import type { ScenarioDefinition, VariableDef } from './scenario-definition';
import { formatVariableChange } from './variable-change';

function repeated(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

const countOf = (ids: readonly string[], id: string) => ids.filter((other) => other === id).length;

/** Ids used twice: scenes and endings (one namespace), choices (across the scenario), characters, variables, dimensions. */
export function checkDuplicateIds(scenario: ScenarioDefinition): GraphProblem[] {
  const sceneIds = scenario.scenes.map((scene) => scene.id);
  const choices = scenario.scenes.flatMap((scene) => scene.choices.map((choice) => ({ sceneId: scene.id, id: choice.id })));
  const choiceIds = choices.map((choice) => choice.id);
  const characterIds = scenario.characters.map((character) => character.id);
  const variableIds = scenario.variables.map((variable) => variable.id);
  return [
    ...repeated(sceneIds).map((id): GraphProblem => ({
      kind: 'duplicate-id', sceneId: id,
      message: `The id "${id}" is used by ${countOf(sceneIds, id)} Scenes or Endings.`,
      hint: `Give each Scene and Ending its own id: choices lead to them by id, so a repeated one is ambiguous. Rename one "${id}" and update the choices with to="${id}" that should go there.`,
    })),
    ...repeated(choiceIds).map((id): GraphProblem => {
      const scenes = [...new Set(choices.filter((choice) => choice.id === id).map((choice) => choice.sceneId))];
      return {
        kind: 'duplicate-id', sceneId: scenes[scenes.length - 1], choiceId: id,
        message: `The choice id "${id}" is used ${countOf(choiceIds, id)} times (in ${scenes.length === 1 ? 'scene' : 'scenes'} ${listQuoted(scenes)}).`,
        hint: 'Give each choice in the scenario its own id: the LMS records each decision by it, so a repeated id makes two decisions look the same.',
      };
    }),
    ...repeated(characterIds).map((id): GraphProblem => ({
      kind: 'duplicate-id',
      message: `The character id "${id}" is declared ${countOf(characterIds, id)} times.`,
      hint: `Keep one <Character id="${id}" … /> and remove or rename the others.`,
    })),
    ...repeated(variableIds).map((id): GraphProblem => ({
      kind: 'duplicate-id',
      message: `The variable "${id}" is declared ${countOf(variableIds, id)} times.`,
      hint: `Keep one <Variable id="${id}" … /> and remove or rename the others.`,
    })),
    ...repeated(scenario.dimensions).map((id): GraphProblem => ({
      kind: 'duplicate-id',
      message: `The dimension "${id}" is listed ${countOf(scenario.dimensions, id)} times in dimensions="…".`,
      hint: 'List each dimension once.',
    })),
  ];
}

function checkVariable(variable: VariableDef): GraphProblem[] {
  const { id, initial, min, max } = variable;
  const notWhole = (['initial', 'min', 'max'] as const).filter((field) => !Number.isSafeInteger(variable[field]));
  if (notWhole.length > 0) {
    return [{
      kind: 'invalid-variable',
      message: `The variable "${id}" has ${notWhole.map((field) => `${field} ${variable[field]}`).join(', ')}, but variables hold whole numbers.`,
      hint: 'Use whole numbers for initial, min and max; a yes/no fact is initial={0} min={0} max={1}.',
    }];
  }
  if (min > max) {
    return [{
      kind: 'invalid-variable',
      message: `The variable "${id}" has min ${min}, which is above its max ${max}.`,
      hint: `Swap them: min is the lowest value "${id}" can take, max the highest.`,
    }];
  }
  if (initial < min || initial > max) {
    return [{
      kind: 'invalid-variable',
      message: `The variable "${id}" starts at ${initial}, outside its range ${min} to ${max}.`,
      hint: `Set initial to a value from ${min} to ${max}, or widen min and max.`,
    }];
  }
  return [];
}

/** Variables whose initial, min and max are not whole numbers with min ≤ initial ≤ max. */
export function checkVariableDeclarations(scenario: ScenarioDefinition): GraphProblem[] {
  return scenario.variables.flatMap(checkVariable);
}

/** Variables, dimensions and characters that are used but not declared. */
export function checkUndeclaredNames(scenario: ScenarioDefinition): GraphProblem[] {
  const variableIds = scenario.variables.map((variable) => variable.id);
  const characterIds = scenario.characters.map((character) => character.id);
  const declaredDimensions = scenario.dimensions.length === 0 ? 'it declares none' : `it declares ${listQuoted(scenario.dimensions)}`;
  return scenario.scenes.flatMap((scene) => [
    ...scene.choices.flatMap((choice) => {
      const where = `Choice "${choice.id}" in scene "${scene.id}"`;
      const tested = [...new Set(choice.when.map((condition) => condition.variable))];
      const changed = [...new Set(choice.sets.map((change) => change.variable))];
      const variable = (name: string, use: string): GraphProblem => ({
        kind: 'undeclared-variable', sceneId: scene.id, choiceId: choice.id,
        message: `${where} ${use.replace('NAME', `"${name}"`)}, but the scenario declares no variable "${name}".`,
        hint: `Fix the name${didYouMean(name, variableIds)} or declare it, e.g. <Variable id="${name}" initial={0} min={0} max={1} />.`,
      });
      return [
        ...tested.filter((name) => !variableIds.includes(name)).map((name) => variable(name, `tests NAME in when="${formatConditions(choice.when)}"`)),
        ...changed.filter((name) => !variableIds.includes(name))
          .map((name) => variable(name, `changes NAME in sets="${choice.sets.map(formatVariableChange).join(', ')}"`)),
        ...Object.keys(choice.scores).filter((name) => !scenario.dimensions.includes(name)).map((name): GraphProblem => ({
          kind: 'undeclared-dimension', sceneId: scene.id, choiceId: choice.id,
          message: `${where} scores on "${name}", which is not one of the scenario's dimensions (${declaredDimensions}).`,
          hint: `Fix the name${didYouMean(name, scenario.dimensions)} or add "${name}" to dimensions="…" on the <Scenario>.`,
        })),
      ];
    }),
    ...[...new Set(scene.blocks.flatMap((block) => (block.kind === 'line' ? [block.characterId] : [])))]
      .filter((name) => !characterIds.includes(name))
      .map((name): GraphProblem => ({
        kind: 'undeclared-character', sceneId: scene.id,
        message: `A <Line> in ${scene.kind} "${scene.id}" is spoken by "${name}", who is not one of the scenario's characters.`,
        hint: `Fix the name${didYouMean(name, characterIds)} or declare the character, e.g. <Character id="${name}" name="…" role="…" />.`,
      })),
  ]);
}
