import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { toInteractionRecord } from '../../../../src/core/quiz/question-interaction';
import type { Question } from '../../../../src/core/quiz/quiz-definition';
import type { QuestionResponse } from '../../../../src/core/quiz/question-state';
import { toInteractionFields12, toInteractionFields2004 } from '../../../../src/core/scorm/interaction-fields';
import { fillIn, likert, matching, multiple, sequencing, single, trueFalse } from './sample-questions';

const timestamp = new Date(2024, 2, 5, 9, 7, 3);

function fieldsFor(question: Question, response: QuestionResponse, correct: boolean) {
  const record = toInteractionRecord({ courseId: 'peer-basics', quizId: 'role-check', question, response, correct, timestamp });
  // Both formatters throw on values SCORM would reject, so reaching the maps validates the record.
  return { record, v12: new Map(toInteractionFields12(record)), v2004: new Map(toInteractionFields2004(record)) };
}

const mutualOrOther = { ...multiple, options: [
  { id: 'mutual', text: 'Mutual', correct: true }, { id: 'advice', text: 'Advice', correct: false }, { id: 'other', text: 'Other', correct: true },
] };

describe('toInteractionRecord', () => {
  it('writes a single choice with a stable id, weighting and the prompt as description', () => {
    const { record, v12, v2004 } = fieldsFor(single, { kind: 'single', optionId: 'mutual' }, true);
    expect(record.id).toBe('urn:peerpath:peer-basics:role-check:what-peer-support-is');
    expect(toInteractionFields12(record)).toEqual([
      ['id', 'urn:peerpath:peer-basics:role-check:what-peer-support-is'], ['time', '09:07:03'], ['type', 'choice'],
      ['weighting', '2'], ['student_response', '0'], ['result', 'correct'], ['correct_responses.0.pattern', '0'],
    ]);
    expect(v2004.get('learner_response')).toBe('mutual');
    expect(v2004.get('description')).toBe(single.prompt);
    expect(v12.has('description')).toBe(false);
  });

  it('writes multiple response choices in authored order: 1.2 by position, 2004 by id', () => {
    const { v12, v2004 } = fieldsFor(mutualOrOther, { kind: 'multiple', optionIds: ['other', 'mutual'] }, true);
    expect(v12.get('student_response')).toBe('0,2');
    expect(v2004.get('learner_response')).toBe('mutual[,]other');
    expect(v2004.get('correct_responses.0.pattern')).toBe('mutual[,]other');

    const wrong = fieldsFor(multiple, { kind: 'multiple', optionIds: ['b'] }, false);
    expect([wrong.v12.get('student_response'), wrong.v12.get('correct_responses.0.pattern')]).toEqual(['1', '0,2']);
    expect([wrong.v2004.get('learner_response'), wrong.v2004.get('correct_responses.0.pattern')]).toEqual(['b', 'a[,]c']);
    expect([wrong.v12.get('result'), wrong.v2004.get('result')]).toEqual(['wrong', 'incorrect']);
  });

  it('writes true-false', () => {
    const { v12, v2004 } = fieldsFor(trueFalse, { kind: 'true-false', value: true }, false);
    expect([v12.get('type'), v12.get('student_response'), v12.get('correct_responses.0.pattern'), v12.get('result')]).toEqual(['true-false', 't', 'f', 'wrong']);
    expect([v2004.get('learner_response'), v2004.get('correct_responses.0.pattern'), v2004.get('result')]).toEqual(['true', 'false', 'incorrect']);
  });

  it('writes fill-in as typed, with the first accepted answer as the pattern', () => {
    const { v12, v2004 } = fieldsFor(fillIn, { kind: 'fill-in', text: 'Peer  Support' }, true);
    expect([v12.get('type'), v12.get('student_response'), v12.get('correct_responses.0.pattern')]).toEqual(['fill-in', 'Peer  Support', 'peer support']);
    expect([v2004.get('learner_response'), v2004.get('correct_responses.0.pattern'), v2004.get('result')]).toEqual(['Peer  Support', 'peer support', 'correct']);
  });

  it('writes matching as left.right pairs in authored order: 1.2 "0.1", 2004 "a[.]b"', () => {
    const { v12, v2004 } = fieldsFor(matching, { kind: 'matching', matches: [['c', 'c'], ['a', 'b'], ['b', 'a']] }, false);
    expect(v12.get('student_response')).toBe('0.1,1.0,2.2');
    expect(v12.get('correct_responses.0.pattern')).toBe('0.0,1.1,2.2');
    expect(v2004.get('learner_response')).toBe('a[.]b[,]b[.]a[,]c[.]c');
    expect(v2004.get('correct_responses.0.pattern')).toBe('a[.]a[,]b[.]b[,]c[.]c');
  });

  it('leaves unmatched lefts out of a matching response', () => {
    const { v2004 } = fieldsFor(matching, { kind: 'matching', matches: [['b', 'c']] }, false);
    expect(v2004.get('learner_response')).toBe('b[.]c');
  });

  it('writes sequencing in the learner’s order, the pattern in the authored order', () => {
    const { v12, v2004 } = fieldsFor(sequencing, { kind: 'sequencing', order: ['listen', 'greet', 'close'] }, false);
    expect([v12.get('type'), v12.get('student_response'), v12.get('correct_responses.0.pattern')]).toEqual(['sequencing', '1,0,2', '0,1,2']);
    expect([v2004.get('learner_response'), v2004.get('correct_responses.0.pattern')]).toEqual(['listen[,]greet[,]close', 'greet[,]listen[,]close']);
  });

  it('writes likert as neutral with no pattern, whatever `correct` says', () => {
    const { v12, v2004 } = fieldsFor(likert, { kind: 'likert', levelId: 'b' }, true);
    expect([v12.get('type'), v12.get('student_response'), v12.get('result'), v12.get('weighting')]).toEqual(['likert', '1', 'neutral', '0']);
    expect([v2004.get('learner_response'), v2004.get('result')]).toEqual(['b', 'neutral']);
    expect(v12.has('correct_responses.0.pattern') || v2004.has('correct_responses.0.pattern')).toBe(false);
  });

  it('adds latency only when given', () => {
    const record = toInteractionRecord({
      courseId: 'c', quizId: 'q', question: trueFalse, response: { kind: 'true-false', value: false }, correct: true, timestamp, latencyMilliseconds: 12_500,
    });
    expect(new Map(toInteractionFields2004(record)).get('latency')).toBe('PT12.5S');
    expect('latencyMilliseconds' in fieldsFor(trueFalse, { kind: 'true-false', value: false }, true).record).toBe(false);
  });

  it('refuses a response of another kind', () => {
    expect(() => fieldsFor(single, { kind: 'true-false', value: true }, false)).toThrow(RangeError);
    expect(() => fieldsFor(likert, { kind: 'single', optionId: 'a' }, false)).toThrow(RangeError);
  });

  it('is accepted by SCORM 1.2 and 2004 LMSs for every kind', () => {
    const answers: [Question, QuestionResponse][] = [
      [single, { kind: 'single', optionId: 'advice' }], [mutualOrOther, { kind: 'multiple', optionIds: ['mutual', 'other'] }],
      [trueFalse, { kind: 'true-false', value: false }], [fillIn, { kind: 'fill-in', text: 'peer support' }],
      [matching, { kind: 'matching', matches: [['a', 'a'], ['b', 'c'], ['c', 'b']] }],
      [sequencing, { kind: 'sequencing', order: ['close', 'listen', 'greet'] }], [likert, { kind: 'likert', levelId: 'c' }],
    ];
    const lms12 = new Scorm12API({ logLevel: 5 });
    const lms2004 = new Scorm2004API({ logLevel: 5 });
    lms12.LMSInitialize('');
    lms2004.Initialize('');
    answers.forEach(([question, response], index) => {
      const { v12, v2004 } = fieldsFor(question, response, false);
      for (const [element, value] of v12) {
        expect([element, lms12.LMSSetValue(`cmi.interactions.${index}.${element}`, value), lms12.LMSGetLastError()]).toEqual([element, 'true', '0']);
      }
      for (const [element, value] of v2004) {
        expect([element, lms2004.SetValue(`cmi.interactions.${index}.${element}`, value), lms2004.GetLastError()]).toEqual([element, 'true', '0']);
      }
    });
  });
});
