import { describe, expect, it } from 'vitest';
import type { QuestionResponse } from '../../../../src/core/quiz/question-state';
import { decodeResponse, encodeResponse, responseShape } from '../../../../src/core/scorm/question-response-codec';
import { makeQuestion } from './learner-state-arbitraries';

const single = makeQuestion('single', 'single', ['a', 'b', 'c']);
const multiple = makeQuestion('multiple', 'multiple', ['a', 'b', 'c', 'd', 'e', 'f']);
const trueFalse = makeQuestion('true-false', 'true-false', []);
const fillIn = makeQuestion('fill-in', 'fill-in', [], 5);
const matching = makeQuestion('matching', 'matching', ['x', 'y', 'z']);
const sequencing = makeQuestion('sequencing', 'sequencing', ['first', 'second', 'third']);
const likert = makeQuestion('likert', 'likert', ['not-yet', 'a-bit', 'ready']);

describe('encodeResponse', () => {
  it('writes authored positions in base 36, true-false as t/f and fill-in text as it is', () => {
    const cases: [Parameters<typeof encodeResponse>[0], QuestionResponse, string][] = [
      [single, { kind: 'single', optionId: 'c' }, '2'],
      [multiple, { kind: 'multiple', optionIds: ['f', 'a'] }, (1 + 32).toString(36)],
      [multiple, { kind: 'multiple', optionIds: [] }, '0'],
      [trueFalse, { kind: 'true-false', value: false }, 'f'],
      [fillIn, { kind: 'fill-in', text: 'a|🙂' }, 'a|🙂'],
      [matching, { kind: 'matching', matches: [['z', 'x'], ['x', 'y']] }, '1-0'],
      [sequencing, { kind: 'sequencing', order: ['third', 'first', 'second'] }, '201'],
      [likert, { kind: 'likert', levelId: 'ready' }, '2'],
    ];
    for (const [question, response, body] of cases) expect(encodeResponse(question, response)).toBe(body);
  });

  it('does not save a response the published question cannot hold', () => {
    const cases: [Parameters<typeof encodeResponse>[0], QuestionResponse][] = [
      [single, { kind: 'single', optionId: 'gone' }],
      [single, { kind: 'likert', levelId: 'a' }],
      [multiple, { kind: 'multiple', optionIds: ['a', 'gone'] }],
      [fillIn, { kind: 'fill-in', text: 'sixsix' }],
      [matching, { kind: 'matching', matches: [['x', 'y'], ['x', 'z']] }],
      [matching, { kind: 'matching', matches: [['x', 'gone']] }],
      [sequencing, { kind: 'sequencing', order: ['first', 'first'] }],
      [sequencing, { kind: 'sequencing', order: ['first', 'gone'] }],
    ];
    for (const [question, response] of cases) expect(encodeResponse(question, response)).toBeUndefined();
  });
});

describe('decodeResponse', () => {
  it('reads choices back in authored order', () => {
    expect(decodeResponse(multiple, 'x')).toEqual({ kind: 'multiple', optionIds: ['a', 'f'] });
    expect(decodeResponse(matching, '1-0')).toEqual({ kind: 'matching', matches: [['x', 'y'], ['z', 'x']] });
    expect(decodeResponse(sequencing, '20')).toEqual({ kind: 'sequencing', order: ['third', 'first'] });
  });

  it('refuses bodies that do not fit the question', () => {
    const cases: [Parameters<typeof decodeResponse>[0], string][] = [
      [single, '3'], [single, ''], [single, '01'], [single, 'A'],
      [multiple, '1s'], [multiple, '-1'], [multiple, '000'],
      [trueFalse, 'true'], [fillIn, 'sixsix'],
      [matching, '1-'], [matching, '1-3'], [sequencing, '0012'], [sequencing, '00'], [sequencing, '0🙂'],
      [likert, '9'],
    ];
    for (const [question, body] of cases) expect(decodeResponse(question, body)).toBeUndefined();
  });
});

describe('responseShape', () => {
  it('changes when options are added, removed, renamed or moved, or the kind changes', () => {
    const shape = responseShape(single);
    for (const changed of [
      makeQuestion('single', 'single', ['a', 'b', 'c', 'd']),
      makeQuestion('single', 'single', ['a', 'b']),
      makeQuestion('single', 'single', ['a', 'b', 'z']),
      makeQuestion('single', 'single', ['b', 'a', 'c']),
      makeQuestion('single', 'multiple', ['a', 'b', 'c']),
    ]) {
      expect(responseShape(changed)).not.toBe(shape);
    }
  });

  it('ignores text, feedback and the question id', () => {
    const reworded = { ...single, id: 'other', prompt: 'New prompt' };
    expect(responseShape(reworded)).toBe(responseShape(single));
    expect(responseShape(single)).toMatch(/^[0-9a-z]{2}$/);
  });
});
