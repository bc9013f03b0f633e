import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { choose, replayPath, startScenario } from '../../../../src/core/scenario/scenario-play';
import { toDecisionInteraction, toOutcomeInteraction } from '../../../../src/core/scenario/scenario-interaction';
import type { InteractionRecord } from '../../../../src/core/scorm/interaction';
import { toInteractionFields12, toInteractionFields2004 } from '../../../../src/core/scorm/interaction-fields';
import { diagnosis } from './sample-scenarios';

const timestamp = new Date(2024, 2, 5, 9, 7, 3);
const courseId = 'peer-basics';

// Both formatters throw on values SCORM would reject, so building the maps already validates the record.
const fieldsOf = (record: InteractionRecord) => ({ v12: new Map(toInteractionFields12(record)), v2004: new Map(toInteractionFields2004(record)) });

describe('toDecisionInteraction', () => {
  it('records a decision as a neutral choice under a stable id per scene, with the setting as description', () => {
    const record = toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'intro', choiceId: 'ask-back', timestamp });
    expect(toInteractionFields12(record)).toEqual([
      ['id', 'urn:peerpath:peer-basics:whats-your-diagnosis:intro'], ['time', '09:07:03'], ['type', 'choice'],
      ['student_response', '2'], ['result', 'neutral'],
    ]);
    const { v2004 } = fieldsOf(record);
    expect([v2004.get('learner_response'), v2004.get('result'), v2004.get('description')]).toEqual(['ask_back', 'neutral', 'The intro meeting, eight people in a circle']);
    expect(v2004.has('correct_responses.0.pattern')).toBe(false);
  });

  it('falls back to the scenario title without a setting, and adds latency only when given', () => {
    const record = toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'after-deflect', choiceId: 'move-on', timestamp, latencyMilliseconds: 4_000 });
    expect(record.description).toBe('A sample scenario');
    expect(fieldsOf(record).v2004.get('latency')).toBe('PT4S');
    expect('latencyMilliseconds' in toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'intro', choiceId: 'deflect', timestamp })).toBe(false);
  });

  it('refuses a choice the scene does not have', () => {
    expect(() => toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'intro', choiceId: 'move-on', timestamp })).toThrow(RangeError);
    expect(() => toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'nowhere', choiceId: 'move-on', timestamp })).toThrow(RangeError);
  });
});

describe('toOutcomeInteraction', () => {
  const reached = replayPath(diagnosis, ['deflect', 'check-in']);

  it('records the ending reached, with the points per dimension, as a neutral performance', () => {
    const record = toOutcomeInteraction({ courseId, scenario: diagnosis, state: reached, timestamp });
    const { v12, v2004 } = fieldsOf(record);
    expect(record.id).toBe('urn:peerpath:peer-basics:whats-your-diagnosis:ending-open');
    expect([v12.get('type'), v12.get('student_response'), v12.get('result')]).toEqual(['performance', 'ending.ending_open,safety.3,choice.-1', 'neutral']);
    expect([v2004.get('type'), v2004.get('learner_response'), v2004.get('description')])
      .toEqual(['performance', 'ending[.]ending_open[,]safety[.]3[,]choice[.]-1', 'An open start']);
  });

  it('refuses a play that has not reached an ending', () => {
    expect(() => toOutcomeInteraction({ courseId, scenario: diagnosis, state: startScenario(diagnosis), timestamp })).toThrow(RangeError);
  });

  it('is accepted by SCORM 1.2 and 2004 LMSs, decisions and outcomes alike', () => {
    const start = startScenario(diagnosis);
    const noDimensions = { ...diagnosis, dimensions: [] };
    const records = [
      toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'intro', choiceId: 'share-briefly', timestamp, latencyMilliseconds: 1_500 }),
      toDecisionInteraction({ courseId, scenario: diagnosis, sceneId: 'after-share', choiceId: 'say-more', timestamp }),
      toOutcomeInteraction({ courseId, scenario: diagnosis, state: reached, timestamp }),
      toOutcomeInteraction({ courseId, scenario: diagnosis, state: replayPath(diagnosis, ['ask-back', 'move-on']), timestamp }),
      toOutcomeInteraction({ courseId, scenario: noDimensions, state: choose(noDimensions, choose(noDimensions, start, 'share-briefly'), 'invite-others'), timestamp }),
    ];
    const lms12 = new Scorm12API({ logLevel: 5 });
    const lms2004 = new Scorm2004API({ logLevel: 5 });
    lms12.LMSInitialize('');
    lms2004.Initialize('');
    records.forEach((record, index) => {
      const { v12, v2004 } = fieldsOf(record);
      for (const [element, value] of v12) {
        expect([element, lms12.LMSSetValue(`cmi.interactions.${index}.${element}`, value), lms12.LMSGetLastError()]).toEqual([element, 'true', '0']);
      }
      for (const [element, value] of v2004) {
        expect([element, lms2004.SetValue(`cmi.interactions.${index}.${element}`, value), lms2004.GetLastError()]).toEqual([element, 'true', '0']);
      }
    });
    expect(lms2004.GetValue('cmi.interactions.4.learner_response')).toBe('ending[.]ending_open');
  });
});
