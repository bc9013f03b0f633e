import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../../../src/core/scorm/interaction';
import { toInteractionFields12, toInteractionFields2004 } from '../../../../src/core/scorm/interaction-fields';
import { itemAt } from '../../../support/defined';

const base = { result: 'incorrect', timestamp: new Date(2024, 2, 5, 9, 7, 3) } as const;
const records: InteractionRecord[] = [
  { ...base, id: 'urn:peerpath:c:q-tf', type: 'true-false', response: true, correctResponse: false },
  { ...base, id: 'urn:peerpath:c:q-choice', type: 'choice', response: ['listen', 'share'], correctResponse: ['listen'], options: ['listen', 'advise', 'share'] },
  { ...base, id: 'urn:peerpath:c:q-seq', type: 'sequencing', response: ['b', 'a'], options: ['a', 'b'] },
  { ...base, id: 'urn:peerpath:c:q-likert', type: 'likert', response: 'agree', options: ['disagree', 'agree'], result: 'neutral' },
  { ...base, id: 'urn:peerpath:c:q-match', type: 'matching', response: [['feeling', 'name-it']], options: ['feeling'], targets: ['fix-it', 'name-it'] },
  { ...base, id: 'urn:peerpath:c:q-perf', type: 'performance', response: [['step-1', 'done']] },
  { ...base, id: 'urn:peerpath:c:q-num', type: 'numeric', response: 3.5, correctResponse: { min: 3.5, max: 3.5 }, result: 'correct' },
  { ...base, id: 'urn:peerpath:c:q-fill', type: 'fill-in', response: 'listen first' },
  { ...base, id: 'urn:peerpath:c:q-long', type: 'long-fill-in', response: 'a longer answer' },
  { ...base, id: 'urn:peerpath:c:q-other', type: 'other', response: '{odd} [,] text', latencyMilliseconds: 12_500, weighting: 1, description: 'Question' },
];

describe('interaction fields for SCORM 1.2', () => {
  it('writes a choice with single characters, "wrong" and clock time', () => {
    expect(toInteractionFields12(itemAt(records, 1))).toEqual([
      ['id', 'urn:peerpath:c:q-choice'], ['time', '09:07:03'], ['type', 'choice'],
      ['student_response', '0,2'], ['result', 'wrong'], ['correct_responses.0.pattern', '0'],
    ]);
  });

  it('maps types 1.2 lacks and writes latency as a CMITimespan', () => {
    const fields = new Map(toInteractionFields12(itemAt(records, 9)));
    expect(fields.has('type')).toBe(false);
    expect(fields.get('latency')).toBe('0000:00:12.50');
    expect(new Map(toInteractionFields12(itemAt(records, 8))).get('type')).toBe('fill-in');
    expect(new Map(toInteractionFields12(itemAt(records, 0))).get('student_response')).toBe('t');
    expect(new Map(toInteractionFields12(itemAt(records, 4))).get('student_response')).toBe('0.1');
  });

  it('refuses a choice id it cannot turn into a single character', () => {
    const record: InteractionRecord = { ...base, id: 'urn:peerpath:c:q', type: 'choice', response: ['listen'] };
    expect(() => toInteractionFields12(record)).toThrow(RangeError);
  });

  it('is accepted by a SCORM 1.2 LMS for every type', () => {
    const lms = new Scorm12API({ logLevel: 5 });
    lms.LMSInitialize('');
    records.forEach((record, index) => {
      for (const [element, value] of toInteractionFields12(record)) {
        expect([element, lms.LMSSetValue(`cmi.interactions.${index}.${element}`, value), lms.LMSGetLastError()]).toEqual([element, 'true', '0']);
      }
    });
  });
});

describe('interaction fields for SCORM 2004', () => {
  it('writes ids with [,] delimiters, "incorrect" and an ISO timestamp, type before response', () => {
    expect(toInteractionFields2004(itemAt(records, 1))).toEqual([
      ['id', 'urn:peerpath:c:q-choice'], ['type', 'choice'], ['timestamp', '2024-03-05T09:07:03'],
      ['learner_response', 'listen[,]share'], ['result', 'incorrect'], ['correct_responses.0.pattern', 'listen'],
    ]);
  });

  it('writes pairs with [.], numeric patterns as ranges and safe free text', () => {
    expect(new Map(toInteractionFields2004(itemAt(records, 4))).get('learner_response')).toBe('feeling[.]name_it');
    expect(new Map(toInteractionFields2004(itemAt(records, 6))).get('correct_responses.0.pattern')).toBe('3.5[:]3.5');
    const other = new Map(toInteractionFields2004(itemAt(records, 9)));
    expect(other.get('learner_response')).toBe('odd} , text');
    expect(other.get('latency')).toBe('PT12.5S');
    expect(other.get('weighting')).toBe('1');
    expect(other.get('description')).toBe('Question');
  });

  it('is accepted by a SCORM 2004 LMS for every type', () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    lms.Initialize('');
    records.forEach((record, index) => {
      for (const [element, value] of toInteractionFields2004(record)) {
        expect([element, lms.SetValue(`cmi.interactions.${index}.${element}`, value), lms.GetLastError()]).toEqual([element, 'true', '0']);
      }
    });
  });
});
