import { describe, expect, it } from 'vitest';
import { isResponseComplete, isResponseCorrect } from '../../../../src/core/quiz/evaluate-response';
import type { QuestionResponse } from '../../../../src/core/quiz/question-state';
import { everyKind, fillIn, likert, matching, multiple, sequencing, single, trueFalse } from './sample-questions';

describe('isResponseCorrect', () => {
  it('single choice: right only for the correct option', () => {
    expect(isResponseCorrect(single, { kind: 'single', optionId: 'mutual' })).toBe(true);
    expect(isResponseCorrect(single, { kind: 'single', optionId: 'advice' })).toBe(false);
    expect(isResponseCorrect(single, { kind: 'single', optionId: 'unknown' })).toBe(false);
  });

  it('multiple response: right only for exactly the correct set, in any order', () => {
    expect(isResponseCorrect(multiple, { kind: 'multiple', optionIds: ['c', 'a'] })).toBe(true);
    expect(isResponseCorrect(multiple, { kind: 'multiple', optionIds: ['a'] })).toBe(false);
    expect(isResponseCorrect(multiple, { kind: 'multiple', optionIds: ['a', 'b', 'c'] })).toBe(false);
    expect(isResponseCorrect(multiple, { kind: 'multiple', optionIds: ['a', 'x'] })).toBe(false);
  });

  it('true-false: right when the value is the answer', () => {
    expect(isResponseCorrect(trueFalse, { kind: 'true-false', value: false })).toBe(true);
    expect(isResponseCorrect(trueFalse, { kind: 'true-false', value: true })).toBe(false);
  });

  it('fill-in: tolerates case, space runs and Unicode composition, nothing else', () => {
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: '  Peer   SUPPORT ' })).toBe(true);
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: 'peer\tsupport' })).toBe(true);
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: 'cafe\u0301 a\u0308mter' })).toBe(true);
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: 'peersupport' })).toBe(false);
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: 'peer-support' })).toBe(false);
    expect(isResponseCorrect(fillIn, { kind: 'fill-in', text: '   ' })).toBe(false);
  });

  it('matching: right only when every left is matched to its own right', () => {
    expect(isResponseCorrect(matching, { kind: 'matching', matches: [['c', 'c'], ['a', 'a'], ['b', 'b']] })).toBe(true);
    expect(isResponseCorrect(matching, { kind: 'matching', matches: [['a', 'b'], ['b', 'a'], ['c', 'c']] })).toBe(false);
    expect(isResponseCorrect(matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'b']] })).toBe(false);
    expect(isResponseCorrect(matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'b'], ['c', 'c'], ['a', 'b']] })).toBe(false);
  });

  it('sequencing: right only in the authored order', () => {
    expect(isResponseCorrect(sequencing, { kind: 'sequencing', order: ['greet', 'listen', 'close'] })).toBe(true);
    expect(isResponseCorrect(sequencing, { kind: 'sequencing', order: ['listen', 'greet', 'close'] })).toBe(false);
    expect(isResponseCorrect(sequencing, { kind: 'sequencing', order: ['greet', 'listen'] })).toBe(false);
  });

  it('likert: never right', () => {
    for (const level of likert.scale) expect(isResponseCorrect(likert, { kind: 'likert', levelId: level.id })).toBe(false);
  });

  it('a response of another kind is never right', () => {
    const response: QuestionResponse = { kind: 'true-false', value: false };
    for (const question of everyKind.filter((question) => question.kind !== 'true-false')) {
      expect(isResponseCorrect(question, response)).toBe(false);
    }
  });
});

describe('isResponseComplete', () => {
  it('needs a response of the question kind', () => {
    expect(isResponseComplete(single, undefined)).toBe(false);
    expect(isResponseComplete(single, { kind: 'multiple', optionIds: ['mutual'] })).toBe(false);
  });

  it('choice: an option the question has; multiple: at least one, all known', () => {
    expect(isResponseComplete(single, { kind: 'single', optionId: 'advice' })).toBe(true);
    expect(isResponseComplete(single, { kind: 'single', optionId: 'nope' })).toBe(false);
    expect(isResponseComplete(multiple, { kind: 'multiple', optionIds: ['b'] })).toBe(true);
    expect(isResponseComplete(multiple, { kind: 'multiple', optionIds: [] })).toBe(false);
    expect(isResponseComplete(multiple, { kind: 'multiple', optionIds: ['a', 'z'] })).toBe(false);
  });

  it('true-false is complete with either value', () => {
    expect(isResponseComplete(trueFalse, { kind: 'true-false', value: true })).toBe(true);
  });

  it('fill-in: some text, no longer than maxLength', () => {
    expect(isResponseComplete(fillIn, { kind: 'fill-in', text: 'x' })).toBe(true);
    expect(isResponseComplete(fillIn, { kind: 'fill-in', text: ' \n ' })).toBe(false);
    expect(isResponseComplete(fillIn, { kind: 'fill-in', text: 'x'.repeat(fillIn.maxLength) })).toBe(true);
    expect(isResponseComplete(fillIn, { kind: 'fill-in', text: 'x'.repeat(fillIn.maxLength + 1) })).toBe(false);
  });

  it('matching: every left matched once, to a right the question has (wrong matches still count)', () => {
    expect(isResponseComplete(matching, { kind: 'matching', matches: [['a', 'b'], ['b', 'b'], ['c', 'a']] })).toBe(true);
    expect(isResponseComplete(matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'b']] })).toBe(false);
    expect(isResponseComplete(matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'b'], ['c', 'z']] })).toBe(false);
    expect(isResponseComplete(matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'b'], ['a', 'c']] })).toBe(false);
  });

  it('sequencing: every step exactly once', () => {
    expect(isResponseComplete(sequencing, { kind: 'sequencing', order: ['close', 'greet', 'listen'] })).toBe(true);
    expect(isResponseComplete(sequencing, { kind: 'sequencing', order: ['close', 'greet'] })).toBe(false);
    expect(isResponseComplete(sequencing, { kind: 'sequencing', order: ['close', 'greet', 'greet'] })).toBe(false);
  });

  it('likert: a level of the scale', () => {
    expect(isResponseComplete(likert, { kind: 'likert', levelId: 'b' })).toBe(true);
    expect(isResponseComplete(likert, { kind: 'likert', levelId: 'q' })).toBe(false);
  });
});
