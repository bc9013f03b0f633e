import { hashString } from '../quiz/stable-hash';
import { toBase36 } from './base36';
import { KEY_LENGTH } from './learner-state-format';
import { listStateLessonIds, listStateQuestions, listStateScenarios, type StateCourse } from './learner-state';

/**
 * "l" lessons, "q" questions, "s" scenarios; inside one scenario's entry "c" choices, "e" endings,
 * "d" dimensions. Each kind of id is its own namespace.
 */
export type StateKeyNamespace = 'l' | 'q' | 's' | 'c' | 'e' | 'd';

export type StateKeyFunction = (namespace: StateKeyNamespace, id: string) => string;

/**
 * The short stand-in for an author's id in suspend_data: 4 base-36 characters of a hash, so long
 * ids cost nothing and republishing (reordering, adding) never moves a learner's saved progress.
 */
export const stateKey: StateKeyFunction = (namespace, id) => toBase36(hashString(`${namespace}:${id}`), KEY_LENGTH);

export interface StateKeyCollision {
  namespace: 'lesson' | 'question';
  /** Ids that share one key, in course order. */
  ids: string[];
}

/** Ids whose keys clash; the build refuses such a course, since saved state could not tell them apart. */
export function findStateKeyCollisions(course: StateCourse, keyOf: StateKeyFunction = stateKey): StateKeyCollision[] {
  const clashes = (namespace: StateKeyNamespace, ids: readonly string[]) =>
    [...groupByStateKey(namespace, ids, keyOf).values()].filter((group) => group.length > 1);
  return [
    ...clashes('l', listStateLessonIds(course)).map((ids) => ({ namespace: 'lesson' as const, ids })),
    ...clashes('q', listStateQuestions(course).map((question) => question.id)).map((ids) => ({ namespace: 'question' as const, ids })),
  ];
}

export interface ScenarioStateKeyCollision {
  /** `scenario`: scenario ids of the course; the others: ids inside the scenario `scenarioId`. */
  namespace: 'scenario' | 'choice' | 'ending' | 'dimension';
  /** Set for choices, endings and dimensions. */
  scenarioId?: string;
  /** Ids that share one key, in course (authored) order. */
  ids: string[];
}

/**
 * Scenario ids, and each scenario's choice, ending and dimension ids, whose keys clash; the build
 * refuses such a course as it does clashing lessons and questions (findStateKeyCollisions).
 */
export function findScenarioStateKeyCollisions(course: Pick<StateCourse, 'scenarios'>, keyOf: StateKeyFunction = stateKey): ScenarioStateKeyCollision[] {
  const clashes = (namespace: StateKeyNamespace, ids: readonly string[]) =>
    [...groupByStateKey(namespace, ids, keyOf).values()].filter((group) => group.length > 1);
  const scenarios = listStateScenarios(course);
  return [
    ...clashes('s', scenarios.map((scenario) => scenario.id)).map((ids) => ({ namespace: 'scenario' as const, ids })),
    ...scenarios.flatMap(({ id: scenarioId, choiceIds, endingIds, dimensions }) => [
      ...clashes('c', choiceIds).map((ids) => ({ namespace: 'choice' as const, scenarioId, ids })),
      ...clashes('e', endingIds).map((ids) => ({ namespace: 'ending' as const, scenarioId, ids })),
      ...clashes('d', dimensions).map((ids) => ({ namespace: 'dimension' as const, scenarioId, ids })),
    ]),
  ];
}

/** Key → id for every key only one id has; a clashing key is left out, so it never restores the wrong id's progress. */
export function indexByStateKey(namespace: StateKeyNamespace, ids: readonly string[], keyOf: StateKeyFunction = stateKey): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, group] of groupByStateKey(namespace, ids, keyOf)) {
    if (group.length === 1 && group[0] !== undefined) index.set(key, group[0]);
  }
  return index;
}

function groupByStateKey(namespace: StateKeyNamespace, ids: readonly string[], keyOf: StateKeyFunction): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const key = keyOf(namespace, id);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return groups;
}
