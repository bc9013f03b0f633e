import type { ScenarioState } from '../scenario/scenario-state';
import { readBase36, toBase36 } from './base36';
import type { ScenarioStateShape } from './course-state-scenario';
import {
  KEY_LENGTH,
  MAX_SAVED_PATH,
  MAX_SAVED_SCENARIO_ITEMS,
  PAYLOAD_LENGTH_DIGITS,
  POINTS_DIGITS,
  POINTS_OFFSET,
} from './learner-state-format';
import { indexByStateKey, stateKey } from './learner-state-key';
import { encodeStateEntry } from './state-entries';

// A scenario payload names endings, dimensions and choices by their keys, never by position, so a
// republished scenario keeps whatever still exists:
//   endings  = count (1 base-36 digit) + that many ending keys, in the order first reached
//   outcome  = "0" (none yet) | "1" + ending key + count (1 digit) + that many (dimension key + points)
//   path     = the rest: choice keys of the current play, from the start

const MAX_POINTS = 36 ** POINTS_DIGITS - 1 - POINTS_OFFSET;
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Choices of a play that are saved: the first ones, up to the scenario's longest play and MAX_SAVED_PATH. */
export function savedPathLimit(scenario: ScenarioStateShape): number {
  if (scenario.choiceIds.length === 0) return 0;
  return Math.min(MAX_SAVED_PATH, scenario.longestPlay ?? MAX_SAVED_PATH);
}

/** Points as saved: whole, within what two base-36 digits hold around 0. */
export function toSavedPoints(points: number | undefined): number {
  if (points === undefined || !Number.isFinite(points)) return 0;
  return Math.min(MAX_POINTS, Math.max(-POINTS_OFFSET, Math.round(points)));
}

const savedEndings = (scenario: ScenarioStateShape) => unique(scenario.endingIds).slice(0, MAX_SAVED_SCENARIO_ITEMS);
const savedDimensions = (scenario: ScenarioStateShape) => unique(scenario.dimensions).slice(0, MAX_SAVED_SCENARIO_ITEMS);

/**
 * One saved scenario. Only ids the scenario has are written: endings it does not have are left
 * out, the outcome only when its ending exists (with every dimension, 0 when missing), and the path
 * up to its first unknown choice and at most savedPathLimit choices.
 */
export function encodeScenarioEntry(scenario: ScenarioStateShape, state: ScenarioState): string {
  const endings = savedEndings(scenario);
  const reached = unique(state.endingsReached).filter((id) => endings.includes(id));
  let outcome = '0';
  const last = state.lastOutcome;
  if (last !== undefined && endings.includes(last.endingId)) {
    const dimensions = savedDimensions(scenario);
    const points = dimensions.map((dimension) => {
      const value = Object.hasOwn(last.scores, dimension) ? last.scores[dimension] : undefined;
      return `${stateKey('d', dimension)}${toBase36(toSavedPoints(value) + POINTS_OFFSET, POINTS_DIGITS)}`;
    });
    outcome = `1${stateKey('e', last.endingId)}${dimensions.length.toString(36)}${points.join('')}`;
  }
  const choices = new Set(scenario.choiceIds);
  const known = state.path.findIndex((id) => !choices.has(id));
  const path = (known < 0 ? state.path : state.path.slice(0, known)).slice(0, savedPathLimit(scenario));
  const payload = [
    reached.length.toString(36),
    ...reached.map((id) => stateKey('e', id)),
    outcome,
    ...path.map((id) => stateKey('c', id)),
  ].join('');
  return encodeStateEntry(stateKey('s', scenario.id), payload);
}

/** Reads fixed-width pieces off the front of a payload; undefined once it runs short. */
function createReader(payload: string) {
  let at = 0;
  return {
    take(width: number): string | undefined {
      if (at + width > payload.length) return undefined;
      at += width;
      return payload.slice(at - width, at);
    },
    rest: () => payload.slice(at),
  };
}

/**
 * Reads a payload against the scenario as published now: endings and dimensions that no longer
 * exist are dropped (the outcome too when its ending went), and the path stops at the first choice
 * that no longer exists. Undefined for a payload that is not one.
 */
export function decodeScenarioPayload(scenario: ScenarioStateShape, payload: string): ScenarioState | undefined {
  const reader = createReader(payload);
  const endingByKey = indexByStateKey('e', unique(scenario.endingIds));
  const endingCount = readBase36(reader.take(1) ?? '');
  if (endingCount === undefined) return undefined;
  const endingsReached: string[] = [];
  for (let index = 0; index < endingCount; index += 1) {
    const key = reader.take(KEY_LENGTH);
    if (key === undefined) return undefined;
    const id = endingByKey.get(key);
    if (id !== undefined && !endingsReached.includes(id)) endingsReached.push(id);
  }
  const flag = reader.take(1);
  let lastOutcome: ScenarioState['lastOutcome'];
  if (flag === '1') {
    const endingId = endingByKey.get(reader.take(KEY_LENGTH) ?? '');
    const dimensionCount = readBase36(reader.take(1) ?? '');
    if (dimensionCount === undefined) return undefined;
    const dimensionByKey = indexByStateKey('d', unique(scenario.dimensions));
    const scores: [string, number][] = [];
    for (let index = 0; index < dimensionCount; index += 1) {
      const dimension = dimensionByKey.get(reader.take(KEY_LENGTH) ?? '');
      const points = readBase36(reader.take(POINTS_DIGITS) ?? '');
      if (points === undefined) return undefined;
      if (dimension !== undefined) scores.push([dimension, points - POINTS_OFFSET]);
    }
    // fromEntries defines own properties, so a dimension such as "constructor" is just a key.
    if (endingId !== undefined) lastOutcome = { endingId, scores: Object.fromEntries(scores) };
  } else if (flag !== '0') {
    return undefined;
  }
  const pathPart = reader.rest();
  if (pathPart.length % KEY_LENGTH !== 0) return undefined;
  const choiceByKey = indexByStateKey('c', unique(scenario.choiceIds));
  const path: string[] = [];
  for (let at = 0; at < pathPart.length && path.length < savedPathLimit(scenario); at += KEY_LENGTH) {
    const id = choiceByKey.get(pathPart.slice(at, at + KEY_LENGTH));
    if (id === undefined) break;
    path.push(id);
  }
  return { path, endingsReached, ...(lastOutcome === undefined ? {} : { lastOutcome }) };
}

/** Characters of the longest entry the scenario can save. */
export function longestScenarioEntry(scenario: ScenarioStateShape): number {
  const endings = savedEndings(scenario).length;
  const outcome = endings === 0 ? 1 : 1 + KEY_LENGTH + 1 + savedDimensions(scenario).length * (KEY_LENGTH + POINTS_DIGITS);
  return KEY_LENGTH + PAYLOAD_LENGTH_DIGITS + 1 + endings * KEY_LENGTH + outcome + savedPathLimit(scenario) * KEY_LENGTH;
}
