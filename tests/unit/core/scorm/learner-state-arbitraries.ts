import fc from 'fast-check';
import type { QuestionResponse, QuestionState } from '../../../../src/core/quiz/question-state';
import type { Question, QuestionKindName } from '../../../../src/core/quiz/quiz-definition';
import type { ScenarioState } from '../../../../src/core/scenario/scenario-state';
import type { ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import {
  findScenarioStateKeyCollisions,
  findStateKeyCollisions,
  stateKey,
  type LearnerCourseState,
  type StateCourse,
  type StateKeyNamespace,
} from '../../../../src/core/scorm/learner-state-codec';
import { savedPathLimit } from '../../../../src/core/scorm/scenario-entry-codec';
// The benchmark's question maker: one definition of a codec-test question for both.
import { makeQuestion } from '../../../bench/state-budget-course';

export { makeQuestion };

export const stableId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
export const QUESTION_KINDS: QuestionKindName[] = ['single', 'multiple', 'true-false', 'fill-in', 'numeric', 'matching', 'sequencing', 'likert'];


// Separators, emoji (two UTF-16 units) and anything else: fill-in bodies are length-prefixed, never escaped.
const awkwardCharacter = fc.oneof(
  fc.constantFrom('|', ',', '-', ' ', '\n', '"', '🙂', '👩🏽‍🦱', 'é', '\u0000'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** Any text of at most `maxLength` UTF-16 units (what an input's maxlength counts). */
export const fillInText = (maxLength: number) =>
  fc.oneof(
    fc.array(awkwardCharacter, { maxLength }),
    // Long texts too, up to the field's full length: the default size would keep them to a few characters.
    fc.array(awkwardCharacter, { maxLength, size: 'max' }),
    fc.array(awkwardCharacter, { minLength: maxLength, maxLength }),
  ).map((characters) => {
    let text = characters.join('');
    while (text.length > maxLength) text = Array.from(text).slice(0, -1).join(''); // by code point, never half a pair
    return text;
  });

export const question = (id: string): fc.Arbitrary<Question> =>
  fc.record({
    kind: fc.constantFrom(...QUESTION_KINDS),
    ids: fc.uniqueArray(stableId, { maxLength: 8 }),
    maxLength: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constant(1291), fc.constant(2000)),
  }).map(({ kind, ids, maxLength }) => makeQuestion(id, kind, ids, maxLength));

/** A scenario's ids as the course JSON carries them; sometimes with a longest play shorter than the cap. */
export const scenarioShape = (id: string): fc.Arbitrary<ScenarioStateShape> =>
  fc.record({
    choiceIds: fc.uniqueArray(stableId, { maxLength: 10 }),
    endingIds: fc.uniqueArray(stableId, { maxLength: 4 }),
    dimensions: fc.uniqueArray(stableId, { maxLength: 4 }),
    longestPlay: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
  }).map(({ longestPlay, ...ids }) => ({ id, ...ids, ...(longestPlay === undefined ? {} : { longestPlay }) }));

export const stateCourse: fc.Arbitrary<StateCourse<Question>> = fc
  .record({
    lessonIds: fc.uniqueArray(stableId, { maxLength: 20 }),
    questionIds: fc.uniqueArray(stableId, { maxLength: 14 }),
    scenarioIds: fc.option(fc.uniqueArray(stableId, { maxLength: 4 }), { nil: undefined }),
  })
  .chain(({ lessonIds, questionIds, scenarioIds }) =>
    fc.tuple(fc.tuple(...questionIds.map(question)), fc.tuple(...(scenarioIds ?? []).map(scenarioShape))).map(([questions, scenarios]) => ({
      lessonIds,
      questions,
      ...(scenarioIds === undefined ? {} : { scenarios }),
    })),
  );

/** No two ids of one kind share a key, so every saved state reads back as itself. */
export const isCollisionFree = (course: StateCourse) =>
  findStateKeyCollisions(course).length === 0 && findScenarioStateKeyCollisions(course).length === 0;

/** A valid response in the form the codec reads back: choices and matches in authored order. */
export function response(question: Question): fc.Arbitrary<QuestionResponse | undefined> {
  switch (question.kind) {
    case 'single':
      return question.options.length === 0 ? fc.constant(undefined) :
        fc.constantFrom(...question.options).map((option) => ({ kind: 'single', optionId: option.id }));
    case 'likert':
      return question.scale.length === 0 ? fc.constant(undefined) :
        fc.constantFrom(...question.scale).map((level) => ({ kind: 'likert', levelId: level.id }));
    case 'multiple':
      return fc.subarray(question.options.map((option) => option.id)).map((optionIds) => ({ kind: 'multiple', optionIds }));
    case 'true-false':
      return fc.boolean().map((value) => ({ kind: 'true-false', value }));
    case 'fill-in':
      return fillInText(Math.min(question.maxLength, 1291)).map((text) => ({ kind: 'fill-in', text }));
    case 'numeric':
      return fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value) => ({ kind: 'numeric', text: String(Math.round(value * 1000) / 1000) }));
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      const right = ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined });
      return fc.tuple(...ids.map(() => right)).map((rights) => ({
        kind: 'matching',
        matches: ids.flatMap((left, index): [string, string][] => (rights[index] === undefined ? [] : [[left, rights[index]]])),
      }));
    }
    case 'sequencing':
      return fc.shuffledSubarray(question.steps.map((step) => step.id)).map((order) => ({ kind: 'sequencing', order }));
  }
}

/** A state the codec keeps exactly; a single or likert question with no options gets no response. */
export const questionState = (question: Question): fc.Arbitrary<QuestionState> =>
  fc.record({
    attempts: fc.integer({ min: 0, max: 35 }),
    correct: fc.boolean(),
    revealed: fc.boolean(),
    response: fc.option(response(question), { nil: undefined }),
  }).map(({ response: saved, ...state }) => (saved === undefined ? state : { ...state, response: saved }));

/** Points the codec keeps exactly: whole numbers from −648 to 647. */
export const savedPoints = fc.integer({ min: -648, max: 647 });

/** A state the codec keeps exactly: known endings once each, every dimension scored, a path within the limit. */
export const scenarioState = (scenario: ScenarioStateShape): fc.Arbitrary<ScenarioState> => {
  const { endingIds, choiceIds, dimensions } = scenario;
  const outcome = endingIds.length === 0 ? fc.constant(undefined) : fc.option(fc.record({
    endingId: fc.constantFrom(...endingIds),
    scores: fc.tuple(...dimensions.map(() => savedPoints)).map((points) => Object.fromEntries(dimensions.map((dimension, index) => [dimension, points[index] as number]))),
  }), { nil: undefined });
  const path: fc.Arbitrary<string[]> = choiceIds.length === 0 ? fc.constant([]) : fc.array(fc.constantFrom(...choiceIds), { maxLength: savedPathLimit(scenario) });
  return fc.record({ path, endingsReached: fc.shuffledSubarray([...endingIds]), lastOutcome: outcome })
    .map(({ lastOutcome, ...state }) => (lastOutcome === undefined ? state : { ...state, lastOutcome }));
};

export const learnerState = (course: StateCourse<Question>): fc.Arbitrary<LearnerCourseState> =>
  fc.record({
    seed: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
    visitedLessonIds: fc.subarray([...course.lessonIds]),
    answered: fc.subarray([...course.questions]),
    played: fc.subarray([...(course.scenarios ?? [])]),
  }).chain(({ seed, visitedLessonIds, answered, played }) =>
    fc.tuple(fc.tuple(...answered.map(questionState)), fc.tuple(...played.map(scenarioState))).map(([states, scenarioStates]) => ({
      seed,
      visitedLessonIds,
      questions: Object.fromEntries(answered.map((question, index) => [question.id, states[index] as QuestionState])),
      scenarios: Object.fromEntries(played.map((scenario, index) => [scenario.id, scenarioStates[index] as ScenarioState])),
    })),
  );

export const courseWithState = stateCourse.chain((course) => fc.tuple(fc.constant(course), learnerState(course)));

/** Every lesson visited, every question answered with its longest response, as many attempts as can be saved. */
export function maximalState(course: StateCourse<Question>): LearnerCourseState {
  const longest = (question: Question): QuestionResponse => {
    switch (question.kind) {
      case 'single':
        return { kind: 'single', optionId: question.options.at(-1)?.id ?? '' };
      case 'likert':
        return { kind: 'likert', levelId: question.scale.at(-1)?.id ?? '' };
      case 'multiple':
        return { kind: 'multiple', optionIds: question.options.map((option) => option.id) };
      case 'true-false':
        return { kind: 'true-false', value: false };
      case 'fill-in':
        return { kind: 'fill-in', text: '🙂|'.repeat(question.maxLength).slice(0, Math.min(question.maxLength, 1291)) };
      case 'numeric':
        return { kind: 'numeric', text: '-1234567890,1234567' };
      case 'matching':
        return { kind: 'matching', matches: question.pairs.map((pair, index, pairs) => [pair.id, (pairs[pairs.length - 1 - index] ?? pair).id]) };
      case 'sequencing':
        return { kind: 'sequencing', order: question.steps.map((step) => step.id).reverse() };
    }
  };
  return {
    seed: 36 ** 4 - 1,
    visitedLessonIds: [...course.lessonIds],
    questions: Object.fromEntries(course.questions.map((question) => [
      question.id,
      { attempts: 99, correct: true, revealed: true, response: longest(question) },
    ])),
    scenarios: Object.fromEntries((course.scenarios ?? []).map((scenario) => [scenario.id, maximalScenarioState(scenario)])),
  };
}

/** Every ending reached, an outcome with every dimension, and a path as long as is saved (longer, even). */
export function maximalScenarioState(scenario: ScenarioStateShape): ScenarioState {
  const lastEnding = scenario.endingIds.at(-1);
  const path = Array.from({ length: savedPathLimit(scenario) + 3 }, (_, index) => scenario.choiceIds[index % scenario.choiceIds.length] ?? '');
  return {
    path: scenario.choiceIds.length === 0 ? [] : path,
    endingsReached: [...scenario.endingIds].reverse(),
    ...(lastEnding === undefined ? {} : { lastOutcome: { endingId: lastEnding, scores: Object.fromEntries(scenario.dimensions.map((dimension) => [dimension, -9999])) } }),
  };
}

/** Two ids with the same state key, found by trying `id-0`, `id-1`, … (about 1 600 tries for 36^4 keys). */
export function findCollidingIds(namespace: StateKeyNamespace): [string, string] {
  const seen = new Map<string, string>();
  for (let index = 0; ; index += 1) {
    const id = `id-${index}`;
    const key = stateKey(namespace, id);
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, id];
    seen.set(key, id);
  }
}
