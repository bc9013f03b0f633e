import { readBase36, toBase36 } from './base36';
import { KEY_LENGTH, PART_SEPARATOR, SEED_LENGTH, SEED_LIMIT, STATE_VERSION } from './learner-state-format';
import {
  listStateLessonIds,
  listStateQuestions,
  listStateScenarios,
  type DecodedLearnerState,
  type LearnerCourseState,
  type StateCourse,
  type UnknownStateParts,
} from './learner-state';
import { indexByStateKey, stateKey } from './learner-state-key';
import { decodeQuestionPayload, encodeQuestionEntry } from './question-entry-codec';
import { decodeScenarioPayload, encodeScenarioEntry } from './scenario-entry-codec';
import { encodeStateEntry, splitStateEntries, type SavedEntry } from './state-entries';

export type { DecodedLearnerState, LearnerCourseState, StateCourse, UnknownStateParts } from './learner-state';
export {
  findScenarioStateKeyCollisions,
  findStateKeyCollisions,
  stateKey,
  type ScenarioStateKeyCollision,
  type StateKeyCollision,
  type StateKeyNamespace,
} from './learner-state-key';
export { measureWorstCaseState } from './worst-case-state';

const VERSION_1_PREFIX = `1${PART_SEPARATOR}`;
const VERSION_2_PREFIX = `${STATE_VERSION}${PART_SEPARATOR}`;

/**
 * The learner's state as suspend_data text (format 2, see learner-state-format.ts). Only what the
 * published course has is written, which keeps the text within measureWorstCaseState(course). The
 * scenario part is written only when a scenario is saved, so quiz-only text is as it always was.
 */
export function encodeLearnerState(state: LearnerCourseState, course: StateCourse): string {
  if (!Number.isInteger(state.seed) || state.seed < 0 || state.seed >= SEED_LIMIT) {
    throw new RangeError(`Seed ${state.seed} cannot be saved: it must be a whole number from 0 to ${SEED_LIMIT - 1}`);
  }
  const visited = new Set(state.visitedLessonIds);
  const unknown = state.unknown;
  const knownLessonKeys = listStateLessonIds(course).filter((id) => visited.has(id)).map((id) => stateKey('l', id));
  const lessonKeys = [...new Set([...knownLessonKeys, ...(unknown?.lessonKeys ?? [])])].join('');
  const entries = withUnknownEntries(listStateQuestions(course).map((question) => {
    const saved = Object.hasOwn(state.questions, question.id) ? state.questions[question.id] : undefined;
    return saved === undefined ? '' : encodeQuestionEntry(question, saved);
  }), unknown?.questionEntries);
  const saved = state.scenarios ?? {};
  const scenarioEntries = withUnknownEntries(listStateScenarios(course).map((scenario) => {
    const scenarioState = Object.hasOwn(saved, scenario.id) ? saved[scenario.id] : undefined;
    return scenarioState === undefined ? '' : encodeScenarioEntry(scenario, scenarioState);
  }), unknown?.scenarioEntries);
  const parts = [STATE_VERSION, toBase36(state.seed, SEED_LENGTH), lessonKeys, entries];
  return (scenarioEntries === '' ? parts : [...parts, scenarioEntries]).join(PART_SEPARATOR);
}

/** Known entries, then the carried unknown ones whose keys no known entry uses. */
function withUnknownEntries(known: readonly string[], unknown: readonly string[] = []): string {
  const written = known.filter((entry) => entry !== '');
  const keys = new Set(written.map((entry) => entry.slice(0, KEY_LENGTH)));
  const carried = unknown.filter((entry) => {
    const key = entry.slice(0, KEY_LENGTH);
    return !keys.has(key) && keys.add(key);
  });
  return [...written, ...carried].join('');
}

/**
 * Reads suspend_data against the course as published now, keeping what it recognises: lessons and
 * questions that were removed go to `unknown` (written back as they were), reordering changes nothing. Format 1 (`1|a,b`) gives
 * visited lessons without a seed. Undefined when nothing is usable (empty, foreign or future
 * text): the caller starts afresh. Never throws: nothing the LMS hands back may stop the course.
 */
export function decodeLearnerState(text: string, course: StateCourse): DecodedLearnerState | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.startsWith(VERSION_1_PREFIX)) return decodeVersion1(text.slice(VERSION_1_PREFIX.length), course);
  if (!text.startsWith(VERSION_2_PREFIX)) return undefined;

  const seedEnd = VERSION_2_PREFIX.length + SEED_LENGTH;
  const seed = readBase36(text.slice(VERSION_2_PREFIX.length, seedEnd));
  if (seed === undefined || text.slice(seedEnd, seedEnd + 1) !== PART_SEPARATOR) return undefined;
  const lessonsStart = seedEnd + 1;
  const lessonsEnd = text.indexOf(PART_SEPARATOR, lessonsStart);
  // Lesson keys are base 36, so the first "|" after them ends them; the entries after it may hold any text.
  const lessonPart = text.slice(lessonsStart, lessonsEnd < 0 ? undefined : lessonsEnd);
  const entryPart = lessonsEnd < 0 ? '' : text.slice(lessonsEnd + 1);

  const lessonByKey = indexByStateKey('l', listStateLessonIds(course));
  const savedLessons = new Set<string>();
  const unknownLessonKeys: string[] = [];
  for (let at = 0; at + KEY_LENGTH <= lessonPart.length; at += KEY_LENGTH) {
    const key = lessonPart.slice(at, at + KEY_LENGTH);
    const id = lessonByKey.get(key);
    if (id !== undefined) savedLessons.add(id);
    else if (readBase36(key) !== undefined && !unknownLessonKeys.includes(key)) unknownLessonKeys.push(key);
  }

  const questionPart = splitStateEntries(entryPart);
  const scenarioEntries = questionPart.rest === undefined ? [] : splitStateEntries(questionPart.rest).entries;
  const questions = decodeEntries('q', listStateQuestions(course), questionPart.entries, decodeQuestionPayload);
  const scenarios = decodeEntries('s', listStateScenarios(course), scenarioEntries, decodeScenarioPayload);
  return {
    seed,
    visitedLessonIds: listStateLessonIds(course).filter((id) => savedLessons.has(id)),
    questions: questions.states,
    scenarios: scenarios.states,
    ...withUnknown({ lessonKeys: unknownLessonKeys, questionEntries: questions.unknown, scenarioEntries: scenarios.unknown }),
  };
}

const withUnknown = (unknown: UnknownStateParts): { unknown?: UnknownStateParts } =>
  unknown.lessonKeys.length + unknown.questionEntries.length + unknown.scenarioEntries.length === 0 ? {} : { unknown };

/**
 * The states of the entries whose keys name one of `items` (the first entry of each wins), in
 * course order, and the entries whose keys name none of them, as saved.
 */
function decodeEntries<State, Item extends { id: string }>(
  namespace: 'q' | 's',
  items: readonly Item[],
  entries: readonly SavedEntry[],
  decode: (item: Item, payload: string) => State | undefined,
): { states: Record<string, State>; unknown: string[] } {
  const idByKey = indexByStateKey(namespace, items.map((item) => item.id));
  const byId = new Map(items.map((item) => [item.id, item]));
  const states = new Map<string, State>();
  const unknown = new Map<string, string>();
  for (const { key, payload } of entries) {
    const id = idByKey.get(key);
    const item = id === undefined ? undefined : byId.get(id);
    if (item === undefined && !unknown.has(key)) unknown.set(key, encodeStateEntry(key, payload));
    if (item === undefined || states.has(item.id)) continue;
    const state = decode(item, payload);
    if (state !== undefined) states.set(item.id, state);
  }
  // fromEntries defines own properties, so an id such as "constructor" is just a key.
  return {
    states: Object.fromEntries(items.flatMap((item) => {
      const state = states.get(item.id);
      return state === undefined ? [] : [[item.id, state] as const];
    })),
    unknown: [...unknown.values()],
  };
}

/** Format 1 named visited lessons by id; ids the course no longer has are carried as format 2 keys. */
function decodeVersion1(lessonPart: string, course: StateCourse): DecodedLearnerState {
  const saved = new Set((lessonPart.split(PART_SEPARATOR)[0] ?? '').split(',').filter((id) => id !== ''));
  const lessonIds = listStateLessonIds(course);
  const lessonKeys = [...saved].filter((id) => !lessonIds.includes(id)).map((id) => stateKey('l', id));
  return {
    visitedLessonIds: lessonIds.filter((id) => saved.has(id)),
    questions: {},
    scenarios: {},
    ...withUnknown({ lessonKeys, questionEntries: [], scenarioEntries: [] }),
  };
}
