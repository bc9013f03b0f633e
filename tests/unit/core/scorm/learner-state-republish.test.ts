import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionState } from '../../../../src/core/quiz/question-state';
import type { Question } from '../../../../src/core/quiz/quiz-definition';
import {
  decodeLearnerState,
  encodeLearnerState,
  type DecodedLearnerState,
  findStateKeyCollisions,
  stateKey,
  type LearnerCourseState,
  type StateCourse,
} from '../../../../src/core/scorm/learner-state-codec';
import { listResponseIds } from '../../../../src/core/scorm/course-state-question';
import { responseShape } from '../../../../src/core/scorm/question-response-codec';
import { courseWithState, makeQuestion, question, stableId } from './learner-state-arbitraries';
import { defined } from '../../../support/defined';

/** A decoded record written back as it stands; one without a seed gets 0. */
const withSeed = (state: DecodedLearnerState) => ({ ...state, seed: state.seed ?? 0 });

/** The same question with one more option (pair, step, level) at the end; true-false and fill-in stay as they are. */
function withAddedChoice(question: Question): Question {
  const ids = listResponseIds(question);
  return question.kind === 'true-false' || question.kind === 'fill-in' ? question : makeQuestion(question.id, question.kind, [...ids, 'added_choice']);
}

const withoutResponse = ({ response: _dropped, ...state }: QuestionState): QuestionState => state;

describe('a republished course', () => {
  it('keeps the progress of every lesson and question still there, and drops responses whose options changed', () => {
    const before: StateCourse<Question> = {
      lessonIds: ['welcome', 'listening', 'boundaries', 'old-lesson'],
      questions: [
        makeQuestion('what-peer-support-is', 'single', ['mutual', 'advice', 'therapy']),
        makeQuestion('removed-question', 'true-false', []),
        makeQuestion('put-in-order', 'sequencing', ['listen', 'reflect', 'ask']),
        makeQuestion('name-it', 'fill-in', [], 40),
      ],
    };
    const state: LearnerCourseState = {
      seed: 4242,
      visitedLessonIds: ['welcome', 'boundaries', 'old-lesson'],
      questions: {
        'what-peer-support-is': { attempts: 2, correct: true, revealed: false, response: { kind: 'single', optionId: 'mutual' } },
        'removed-question': { attempts: 1, correct: true, revealed: false, response: { kind: 'true-false', value: true } },
        'put-in-order': { attempts: 3, correct: false, revealed: true, response: { kind: 'sequencing', order: ['ask', 'listen', 'reflect'] } },
        'name-it': { attempts: 1, correct: true, revealed: false, response: { kind: 'fill-in', text: 'Peer support' } },
      },
    };
    const after: StateCourse<Question> = {
      lessonIds: ['new-lesson', 'boundaries', 'listening', 'welcome'],
      questions: [
        makeQuestion('name-it', 'fill-in', [], 40),
        makeQuestion('new-question', 'likert', ['a', 'b', 'c']),
        makeQuestion('put-in-order', 'sequencing', ['listen', 'ask', 'reflect']),
        makeQuestion('what-peer-support-is', 'single', ['mutual', 'advice', 'therapy']),
      ],
    };
    expect(findStateKeyCollisions({ lessonIds: [...before.lessonIds, ...after.lessonIds], questions: [...before.questions, ...after.questions] })).toEqual([]);

    const decoded = decodeLearnerState(encodeLearnerState(state, before), after);
    expect(decoded).toEqual({
      seed: 4242,
      visitedLessonIds: ['boundaries', 'welcome'],
      questions: {
        'name-it': state.questions['name-it'],
        'put-in-order': { attempts: 3, correct: false, revealed: true },
        'what-peer-support-is': state.questions['what-peer-support-is'],
      },
      scenarios: {},
      unknown: { lessonKeys: [stateKey('l', 'old-lesson')], questionEntries: [expect.stringMatching(new RegExp(`^${stateKey('q', 'removed-question')}`))], scenarioEntries: [] },
    });
    // Written back by the republished course and read by the first one again, nothing removed was lost.
    const roundTrip = decodeLearnerState(encodeLearnerState(withSeed(defined(decoded, 'the republished record')), after), before);
    expect(roundTrip?.visitedLessonIds).toEqual(['welcome', 'boundaries', 'old-lesson']);
    expect(roundTrip?.questions['removed-question']).toEqual(state.questions['removed-question']);
  });

  it('does so for any course with lessons and questions added, removed and reordered', () => {
    const republished = courseWithState.chain(([before, state]) =>
      fc.record({
        lessonIds: fc.tuple(fc.shuffledSubarray([...before.lessonIds]), fc.uniqueArray(stableId.map((id) => `added-${id}`), { maxLength: 4 }))
          .chain(([kept, added]) => fc.shuffledSubarray([...kept, ...added], { minLength: kept.length + added.length })),
        kept: fc.shuffledSubarray([...before.questions]).chain((kept) =>
          fc.tuple(...kept.map((question) => fc.tuple(fc.constant(question), fc.boolean())))),
        added: fc.uniqueArray(stableId.map((id) => `added-${id}`), { maxLength: 4 }).chain((ids) => fc.tuple(...ids.map(question))),
      }).map(({ lessonIds, kept, added }) => ({
        before,
        state,
        changed: new Set(kept.filter(([, change]) => change).map(([question]) => question.id)),
        after: { lessonIds, questions: [...added, ...kept.map(([question, change]) => (change ? withAddedChoice(question) : question))] },
      })),
    );
    const distinguishable = ({ before, after }: { before: StateCourse<Question>; after: StateCourse<Question> }) =>
      findStateKeyCollisions({ lessonIds: [...before.lessonIds, ...after.lessonIds], questions: [...before.questions, ...after.questions] }).length === 0 &&
      after.questions.every((question) => {
        const earlier = before.questions.find((candidate) => candidate.id === question.id);
        return !earlier || earlier === question || responseShape(earlier) !== responseShape(question);
      });

    fc.assert(
      fc.property(republished.filter(distinguishable), ({ before, state, changed, after }) => {
        const decoded = decodeLearnerState(encodeLearnerState(state, before), after);
        const kept = after.questions.flatMap((question) => {
          const saved = state.questions[question.id];
          if (saved === undefined) return [];
          const optionsChanged = changed.has(question.id) && question !== before.questions.find((earlier) => earlier.id === question.id);
          return [[question.id, optionsChanged ? withoutResponse(saved) : saved] as const];
        });
        const { unknown: _carried, ...known } = decoded ?? {};
        expect(known).toEqual({
          seed: state.seed,
          visitedLessonIds: after.lessonIds.filter((id) => state.visitedLessonIds.includes(id)),
          questions: Object.fromEntries(kept),
          scenarios: {},
        });
        // Never less than was read: what the republish removed comes back with the first course.
        const back = decodeLearnerState(encodeLearnerState(withSeed(defined(decoded, 'the republished record')), after), before);
        const removed = (id: string) => !after.lessonIds.includes(id);
        expect(back?.visitedLessonIds.filter(removed)).toEqual(state.visitedLessonIds.filter(removed).sort((a, b) => before.lessonIds.indexOf(a) - before.lessonIds.indexOf(b)));
        for (const question of before.questions.filter((candidate) => !after.questions.some((other) => other.id === candidate.id))) {
          expect(back?.questions[question.id]).toEqual(state.questions[question.id]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
