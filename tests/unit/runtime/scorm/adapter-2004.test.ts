import { describe, expect, it } from 'vitest';
import { createAdapter2004 } from '../../../../src/runtime/scorm/adapter-2004';
import { createLms2004 } from './lms-fakes';

const started = () => {
  const lms = createLms2004();
  const adapter = createAdapter2004(lms);
  expect(adapter.initialize()).toBe('initialized');
  return { lms, adapter };
};

describe('SCORM 2004 adapter', () => {
  it('reads a fresh learner', () => {
    const { adapter } = started();
    expect(adapter.readLearnerState()).toEqual({ entry: '', location: '', suspendData: '', completion: 'unknown', success: 'unknown' });
  });

  it('reads nothing unset on a new attempt, so a strict LMS logs no error 403', () => {
    const { lms, adapter } = started();
    const errors: string[] = [];
    const getValue = lms.GetValue.bind(lms);
    lms.GetValue = (element: string) => {
      const value = getValue(element);
      if (lms.GetLastError() !== '0') errors.push(`${element}: ${lms.GetLastError()}`);
      return value;
    };
    adapter.readLearnerState();
    expect(errors).toEqual([]);
  });

  it('reads the bookmark and state back when the LMS resumes the attempt', () => {
    const lms = createLms2004();
    lms.loadFromJSON({ cmi: { entry: 'resume', location: 'listening', suspend_data: '1|welcome,listening' } });
    const adapter = createAdapter2004(lms);
    adapter.initialize();
    expect(adapter.readLearnerState()).toMatchObject({ entry: 'resume', location: 'listening', suspendData: '1|welcome,listening' });
  });

  it('writes the exact 2004 elements and vocabularies', () => {
    const { lms, adapter } = started();
    expect(adapter.setLocation('listening')).toBe(true);
    expect(adapter.setSuspendData('1|welcome')).toBe(true);
    expect(adapter.setProgressMeasure(2 / 3)).toBe(true);
    expect(adapter.setCompleted()).toBe(true);
    expect(adapter.setScore({ raw: 7, min: 0, max: 10 })).toBe(true);
    expect(adapter.setPassed()).toBe(true);
    expect(adapter.setSessionTime(3_723_500)).toBe(true);
    expect(adapter.setExit('suspend')).toBe(true);
    const cmi = lms.cmi;
    expect([cmi.location, cmi.suspend_data, cmi.progress_measure, cmi.completion_status, cmi.success_status])
      .toEqual(['listening', '1|welcome', '0.6667', 'completed', 'passed']);
    expect([cmi.score.raw, cmi.score.min, cmi.score.max, cmi.score.scaled]).toEqual(['7', '0', '10', '0.7']);
    const rendered = lms.renderCommitCMI(true) as { cmi: { session_time: string; exit: string } };
    expect(rendered.cmi).toMatchObject({ session_time: 'PT1H2M3.5S', exit: 'suspend' });
    expect(adapter.commit()).toBe(true);
    expect(adapter.terminate()).toBe(true);
    expect(lms.GetLastError()).toBe('0');
  });

  it('appends interactions at _count and leaves earlier ones alone', () => {
    const { lms, adapter } = started();
    const record = { id: 'urn:peerpath:c:q1', type: 'true-false', response: true, result: 'correct', timestamp: new Date() } as const;
    expect(adapter.readInteractionCount()).toBe(0);
    expect(adapter.recordInteraction(0, record)).toBe(true);
    expect(adapter.readInteractionCount()).toBe(1);
    expect(adapter.recordInteraction(1, { ...record, response: false, result: 'incorrect' })).toBe(true);
    expect(lms.GetValue('cmi.interactions.0.result')).toBe('correct');
    expect(lms.GetValue('cmi.interactions.1.result')).toBe('incorrect');
  });

  it('refuses what the LMS refuses, without throwing', () => {
    const { adapter } = started();
    expect(adapter.setLocation('x'.repeat(1001))).toBe(false);
    expect(adapter.setSuspendData('x'.repeat(64001))).toBe(false);
  });

  it('reports a session that has ended as refused, and an open one as already live', () => {
    const { lms, adapter } = started();
    expect(createAdapter2004(lms).initialize()).toBe('already-live');
    adapter.terminate();
    expect(createAdapter2004(lms).initialize()).toBe('refused');
  });

  it('counts an LMS that throws as a failed call', () => {
    const { lms, adapter } = started();
    lms.SetValue = () => {
      throw new Error('LMS window closed');
    };
    expect(adapter.setLocation('a')).toBe(false);
  });
});
