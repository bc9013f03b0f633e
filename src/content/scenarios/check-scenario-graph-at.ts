import { checkDuplicateIds, checkVariableDeclarations } from '../../core/scenario/check-declarations';
import type { ScenarioDefinition } from '../../core/scenario/scenario-definition';
import { checkScenarioGraph, type GraphProblem } from '../../core/scenario/scenario-graph-checks';
import { findScene } from '../../core/scenario/scene-index';
import type { Problem } from '../checks/problem';
import { choiceKey, lastLine, type ScenarioLines } from './scenario-lines';

// About the scenario as a whole: pointed at the `<Scenario>` line, where `start` and `dimensions` are written.
const WHOLE_SCENARIO = new Set<GraphProblem['kind']>(['no-scenes', 'missing-start', 'start-at-ending', 'no-reachable-ending', 'state-limit', 'path-limit']);

/**
 * Every problem checkScenarioGraph finds in one scenario, told as author problems: each points at
 * the element to fix (the choice, the scene, the line, the variable…) and names the scenario, scene
 * and choice.
 */
export function checkScenarioGraphAt(scenario: ScenarioDefinition, lines: ScenarioLines, file: string): Problem[] {
  return checkScenarioGraph(scenario).map((problem) => ({ file, ...locate(problem, scenario, lines), message: problem.message, hint: problem.hint }));
}

function locate(problem: GraphProblem, scenario: ScenarioDefinition, lines: ScenarioLines): { line?: number; entry: string } {
  const whole = { line: lines.scenario, entry: `scenario "${scenario.id}"` };
  const { sceneId, choiceId } = problem;
  if (sceneId === undefined || WHOLE_SCENARIO.has(problem.kind)) return locateDeclaration(problem, scenario, lines) ?? whole;
  const scene = `scenario "${scenario.id}", ${findScene(scenario, sceneId)?.kind ?? 'scene'} "${sceneId}"`;
  if (choiceId !== undefined) {
    return { line: lastLine(lines.choices, choiceKey(sceneId, choiceId)) ?? lastLine(lines.scenes, sceneId), entry: `${scene}, choice "${choiceId}"` };
  }
  if (problem.kind === 'undeclared-character') {
    const declared = new Set(scenario.characters.map((character) => character.id));
    const speaker = lines.speakers.get(sceneId)?.find((line) => !declared.has(line.characterId));
    if (speaker) return { line: speaker.line, entry: scene };
  }
  return { line: lastLine(lines.scenes, sceneId) ?? lines.scenario, entry: scene };
}

/**
 * The `<Variable>` or `<Character>` a problem without a scene is about. The core names it only in
 * its message, so each candidate is checked on its own and the one giving the same message wins.
 */
function locateDeclaration(problem: GraphProblem, scenario: ScenarioDefinition, lines: ScenarioLines): { line?: number; entry: string } | undefined {
  const alone = { ...scenario, scenes: [], characters: [], variables: [], dimensions: [] };
  if (problem.kind === 'invalid-variable') {
    const variable = scenario.variables.find((candidate) =>
      checkVariableDeclarations({ ...alone, variables: [candidate] }).some((found) => found.message === problem.message));
    if (variable) return { line: lastLine(lines.variables, variable.id), entry: `scenario "${scenario.id}", variable "${variable.id}"` };
  }
  if (problem.kind === 'duplicate-id') {
    const matches = (found: GraphProblem[]) => found.some((candidate) => candidate.message === problem.message);
    const character = scenario.characters.find(({ id }) =>
      matches(checkDuplicateIds({ ...alone, characters: scenario.characters.filter((candidate) => candidate.id === id) })));
    if (character) return { line: lastLine(lines.characters, character.id), entry: `scenario "${scenario.id}", character "${character.id}"` };
    const variable = scenario.variables.find(({ id }) =>
      matches(checkDuplicateIds({ ...alone, variables: scenario.variables.filter((candidate) => candidate.id === id) })));
    if (variable) return { line: lastLine(lines.variables, variable.id), entry: `scenario "${scenario.id}", variable "${variable.id}"` };
  }
  return undefined;
}
