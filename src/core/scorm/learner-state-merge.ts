import type { QuestionState } from '../quiz/question-state';
import type { ScenarioState } from '../scenario/scenario-state';
import { KEY_LENGTH } from './learner-state-format';
import type { DecodedLearnerState, UnknownStateParts } from './learner-state';

const union = <T>(first: readonly T[], second: readonly T[]): T[] => [...new Set([...first, ...second])];

function unionByKey(first: readonly string[], second: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of [...second, ...first]) if (!byKey.has(entry.slice(0, KEY_LENGTH))) byKey.set(entry.slice(0, KEY_LENGTH), entry);
  return [...byKey.values()];
}

function mergeRecords<T>(first: Record<string, T>, second: Record<string, T>, pick: (older: T, newer: T) => T): Record<string, T> {
  const merged = new Map(Object.entries(first));
  for (const [id, state] of Object.entries(second)) {
    const earlier = merged.get(id);
    merged.set(id, earlier === undefined ? state : pick(earlier, state));
  }
  return Object.fromEntries(merged);
}

// The newer answer wins unless it has fewer checks behind it (then it is an older copy).
const pickQuestion = (older: QuestionState, newer: QuestionState) => (newer.attempts >= older.attempts ? newer : older);

const pickScenario = (older: ScenarioState, newer: ScenarioState): ScenarioState => {
  const lastOutcome = newer.lastOutcome ?? older.lastOutcome;
  return {
    path: newer.path,
    endingsReached: union(older.endingsReached, newer.endingsReached),
    ...(lastOutcome === undefined ? {} : { lastOutcome }),
  };
};

function mergeUnknown(first: UnknownStateParts | undefined, second: UnknownStateParts | undefined): { unknown?: UnknownStateParts } {
  if (first === undefined || second === undefined) {
    const only = first ?? second;
    return only === undefined ? {} : { unknown: only };
  }
  return {
    unknown: {
      lessonKeys: union(first.lessonKeys, second.lessonKeys),
      questionEntries: unionByKey(first.questionEntries, second.questionEntries),
      scenarioEntries: unionByKey(first.scenarioEntries, second.scenarioEntries),
    },
  };
}

/**
 * One record holding everything of both: what an LMS returned (`stored`) and what this device
 * kept that the LMS never confirmed (`newer`). Lessons and endings found are the union; a
 * question or scenario takes the newer state (a question keeps the one with more checks behind
 * it); the stored seed stands, so the draws the LMS's record was made with do not change.
 */
export function mergeLearnerStates(stored: DecodedLearnerState | undefined, newer: DecodedLearnerState | undefined): DecodedLearnerState | undefined {
  if (stored === undefined || newer === undefined) return stored ?? newer;
  const seed = stored.seed ?? newer.seed;
  return {
    ...(seed === undefined ? {} : { seed }),
    visitedLessonIds: union(stored.visitedLessonIds, newer.visitedLessonIds),
    questions: mergeRecords(stored.questions, newer.questions, pickQuestion),
    scenarios: mergeRecords(stored.scenarios, newer.scenarios, pickScenario),
    ...mergeUnknown(stored.unknown, newer.unknown),
  };
}
