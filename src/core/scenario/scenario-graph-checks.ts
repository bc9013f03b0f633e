import { checkImpossibleConditions } from './check-conditions';
import { checkDuplicateIds, checkUndeclaredNames, checkVariableDeclarations } from './check-declarations';
import { checkPlay } from './check-play';
import { checkStructure } from './check-structure';
import type { GraphProblem } from './graph-problem';
import type { ScenarioDefinition } from './scenario-definition';
import { scoreRanges } from './score-ranges';
import { DEFAULT_STATE_LIMIT, exploreStateSpace } from './state-space';

export type { GraphProblem, GraphProblemKind } from './graph-problem';

/**
 * Every mistake in a scenario's graph, in one list (empty when it is fine): duplicate ids, undeclared
 * names, bad variable ranges, dangling targets, dead ends, unreachable scenes, loops with no way out,
 * no reachable ending, and — following the variables through every situation a play can reach,
 * breadth-first up to `stateLimit` situations — conditions that never hold and situations with no
 * choice. Going past the limit is itself a problem, because the checks after it are then incomplete.
 * Last, when nothing else is wrong, it works out the score ranges, so that a scenario that passes
 * these checks (with the same limits) never makes scoreRanges throw.
 */
export function checkScenarioGraph(scenario: ScenarioDefinition, options: { stateLimit?: number; stepLimit?: number } = {}): GraphProblem[] {
  const stateLimit = options.stateLimit ?? DEFAULT_STATE_LIMIT;
  const structure = checkStructure(scenario);
  const impossible = checkImpossibleConditions(scenario);
  const variableProblems = checkVariableDeclarations(scenario);
  const problems = [
    ...checkDuplicateIds(scenario),
    ...variableProblems,
    ...checkUndeclaredNames(scenario),
    ...structure.problems,
    ...impossible,
  ];
  // Play follows the first of two scenes with one id, reads an undeclared variable as 0 and clamps into
  // malformed ranges: what it found would describe a scenario the author did not mean.
  const repeatedScene = problems.some((problem) => problem.kind === 'duplicate-id' && problem.sceneId !== undefined && problem.choiceId === undefined);
  const undeclaredVariable = problems.some((problem) => problem.kind === 'undeclared-variable');
  const trustworthy = structure.startsWell && variableProblems.length === 0 && !repeatedScene && !undeclaredVariable;
  if (!trustworthy) return problems;
  const space = exploreStateSpace(scenario, stateLimit);
  if (!space.complete) {
    return [...problems, {
      kind: 'state-limit',
      message: `The scenario has more than ${stateLimit} combinations of scene and variable values, too many to follow every play.`,
      hint: 'Narrow the variables\' ranges (min and max) or use fewer variables. Until then, conditions that never hold, stuck situations and score ranges are not checked.',
    }];
  }
  const reported = new Set(impossible.map((problem) => `${problem.sceneId}/${problem.choiceId}`));
  problems.push(...checkPlay(scenario, space, structure, reported));
  return problems.length > 0 ? problems : checkScoreRanges(scenario, { stateLimit, stepLimit: options.stepLimit });
}

function checkScoreRanges(scenario: ScenarioDefinition, limits: { stateLimit: number; stepLimit?: number }): GraphProblem[] {
  try {
    scoreRanges(scenario, limits);
    return [];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{
      kind: 'path-limit',
      message: 'The scenario\'s loops allow too many different plays to work out the lowest and highest score of each ending.',
      hint: 'Lead fewer choices back to earlier scenes, or let variables inside loops change only one way (e.g. sets="tried:=1" rather than +1 here and -1 there), so that plays cannot circle through so many combinations.',
    }];
  }
}
