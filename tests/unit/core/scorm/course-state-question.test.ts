import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionState } from '../../../../src/core/quiz/question-state';
import type { Question } from '../../../../src/core/quiz/quiz-definition';
import { decodeLearnerState, encodeLearnerState } from '../../../../src/core/scorm/learner-state-codec';
import { isCourseStateQuestion, toCourseStateQuestion } from '../../../../src/core/scorm/course-state-question';
import { check, matchSkills, nameTheRole, peerSupport, readiness } from '../../runtime/scorm/quiz-course-fixture';

const sequencing: Question = {
  kind: 'sequencing', id: 'order-steps', prompt: 'Order them.', weight: 1,
  steps: [{ id: 'greet', text: 'Greet' }, { id: 'listen', text: 'Listen' }, { id: 'close', text: 'Close' }],
};
const multiple: Question = {
  kind: 'multiple', id: 'good-listening', prompt: 'Which help?', weight: 1, shuffle: true,
  options: [{ id: 'a', text: 'Reflect', correct: true }, { id: 'b', text: 'Fix', correct: false }],
};
const questions: Question[] = [peerSupport, multiple, matchSkills, nameTheRole, sequencing, readiness,
  { kind: 'true-false', id: 'peers-diagnose', prompt: 'Peer workers diagnose.', weight: 1, answer: false }];

describe('course state questions', () => {
  it('carry kind, id and the ids responses point at, and no answer key or text', () => {
    expect(toCourseStateQuestion(peerSupport)).toEqual({ kind: 'single', id: peerSupport.id, options: [{ id: 'mutual' }, { id: 'advice' }] });
    expect(toCourseStateQuestion(nameTheRole)).toEqual({ kind: 'fill-in', id: 'name-the-role', maxLength: 40 });
    const json = JSON.stringify(questions.map(toCourseStateQuestion));
    for (const secret of ['correct', 'accepted', 'peer support', 'answer', 'prompt', 'Hearing']) expect(json).not.toContain(secret);
  });

  it('are all the codec needs: saved text is the same as from the full questions, and reads back the same', () => {
    const states: Record<string, QuestionState> = {
      [peerSupport.id]: check(peerSupport, { kind: 'single', optionId: 'advice' }).state,
      [multiple.id]: check(multiple, { kind: 'multiple', optionIds: ['a'] }).state,
      [matchSkills.id]: check(matchSkills, { kind: 'matching', matches: [['share', 'listen']] }).state,
      [nameTheRole.id]: check(nameTheRole, { kind: 'fill-in', text: 'a peer' }).state,
      [sequencing.id]: check(sequencing, { kind: 'sequencing', order: ['close', 'greet', 'listen'] }).state,
      [readiness.id]: check(readiness, { kind: 'likert', levelId: 'ready' }).state,
      'peers-diagnose': { attempts: 2, correct: true, revealed: false, response: { kind: 'true-false', value: false } },
    };
    const full = { lessonIds: ['welcome'], questions };
    // Round-tripped through JSON, as the page carries them.
    const shaped = { lessonIds: ['welcome'], questions: JSON.parse(JSON.stringify(questions.map(toCourseStateQuestion))) as Question[] };
    const state = { seed: 42, visitedLessonIds: ['welcome'], questions: states };
    const text = encodeLearnerState(state, full);
    expect(encodeLearnerState(state, shaped)).toBe(text);
    expect(decodeLearnerState(text, shaped)).toEqual(decodeLearnerState(text, full));
    expect(decodeLearnerState(text, shaped)?.questions).toEqual(states);
  });

  it('are recognised after the JSON round trip, and malformed ones are not', () => {
    for (const question of questions) expect(isCourseStateQuestion(JSON.parse(JSON.stringify(toCourseStateQuestion(question))))).toBe(true);
    for (const bad of [null, 'q', { id: 'q' }, { kind: 'single', id: 'q' }, { kind: 'single', id: 'q', options: [{}] },
      { kind: 'fill-in', id: 'q' }, { kind: 'essay', id: 'q' }, { kind: 'likert', id: 3, scale: [] }]) {
      expect(isCourseStateQuestion(bad)).toBe(false);
    }
    fc.assert(fc.property(fc.anything(), (value) => {
      if (isCourseStateQuestion(value)) expect(typeof value.id).toBe('string');
    }));
  });
});
