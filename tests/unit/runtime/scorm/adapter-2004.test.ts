import { describe, expect, it, vi } from 'vitest';
import { createAdapter2004 } from '../../../../src/runtime/scorm/adapter-2004';
import { createDiagnosticLog } from '../../../../src/runtime/scorm/diagnostic-log';
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
    expect(adapter.readLearnerState()).toEqual({
      entry: '', location: '', suspendData: '', completion: 'unknown', success: 'unknown', mode: 'normal', credit: true, learnerId: '',
    });
  });

  it('reads unset values on a new attempt as nothing stored (error 403), logging no fault', () => {
    const lms = createLms2004();
    const diagnostics = createDiagnosticLog();
    const adapter = createAdapter2004(lms, diagnostics);
    adapter.initialize();
    const codes = new Map<string, string>();
    const getValue = lms.GetValue.bind(lms);
    lms.GetValue = (element: string) => {
      const value = getValue(element);
      codes.set(element, lms.GetLastError());
      return value;
    };
    expect(adapter.readLearnerState()).toMatchObject({ location: '', suspendData: '' });
    expect([codes.get('cmi.location'), codes.get('cmi.suspend_data')]).toEqual(['403', '403']);
    expect(diagnostics.read()).toEqual([]);
  });

  it.each(['resume', 'ab-initio', ''])('reads the bookmark, state, status and score whatever cmi.entry says (entry "%s")', (entry) => {
    const lms = createLms2004();
    lms.loadFromJSON({
      entry, location: 'listening', suspend_data: '1|welcome,listening', completion_status: 'incomplete', success_status: 'passed',
      score: { scaled: '0.85' }, mode: 'browse', credit: 'no-credit', learner_id: 'v-7',
    });
    const adapter = createAdapter2004(lms);
    adapter.initialize();
    expect(adapter.readLearnerState()).toEqual({
      entry, location: 'listening', suspendData: '1|welcome,listening', completion: 'incomplete', success: 'passed', scorePercent: 85,
      mode: 'browse', credit: false, learnerId: 'v-7',
    });
  });

  it('writes the exact 2004 elements and vocabularies', () => {
    const { lms, adapter } = started();
    expect(adapter.setLocation('listening')).toBe('written');
    expect(adapter.setSuspendData('1|welcome')).toBe('written');
    expect(adapter.setProgressMeasure(2 / 3)).toBe('written');
    expect(adapter.setCompleted()).toBe('written');
    expect(adapter.setScore({ raw: 7, min: 0, max: 10 })).toBe('written');
    expect(adapter.setPassed()).toBe('written');
    expect(adapter.setSessionTime(3_723_500)).toBe('written');
    expect(adapter.setExit('suspend')).toBe('written');
    const cmi = lms.cmi;
    expect([cmi.location, cmi.suspend_data, cmi.progress_measure, cmi.completion_status, cmi.success_status])
      .toEqual(['listening', '1|welcome', '0.6667', 'completed', 'passed']);
    expect([cmi.score.raw, cmi.score.min, cmi.score.max, cmi.score.scaled]).toEqual(['7', '0', '10', '0.7']);
    const rendered = lms.renderCommitCMI(true) as { cmi: { session_time: string; exit: string } };
    expect(rendered.cmi).toMatchObject({ session_time: 'PT1H2M3.5S', exit: 'suspend' });
    expect(adapter.commit()).toBe('accepted');
    expect(adapter.terminate()).toBe('accepted');
    expect(lms.GetLastError()).toBe('0');
  });

  it('appends interactions at _count and leaves earlier ones alone', () => {
    const { lms, adapter } = started();
    const record = { id: 'urn:peerpath:c:q1', type: 'true-false', response: true, result: 'correct', timestamp: new Date() } as const;
    expect(adapter.readInteractionCount()).toBe(0);
    expect(adapter.recordInteraction(0, record)).toBe('written');
    expect(adapter.readInteractionCount()).toBe(1);
    expect(adapter.recordInteraction(1, { ...record, response: false, result: 'incorrect' })).toBe('written');
    expect(lms.GetValue('cmi.interactions.0.result')).toBe('correct');
    expect(lms.GetValue('cmi.interactions.1.result')).toBe('incorrect');
  });

  it('drops a value the LMS refuses for good (logged), and keeps one it cannot take now for a retry', () => {
    const lms = createLms2004();
    const diagnostics = createDiagnosticLog();
    const adapter = createAdapter2004(lms, diagnostics);
    adapter.initialize();
    expect(adapter.setLocation('x'.repeat(1001))).toBe('written');
    expect(adapter.setProgressMeasure(0.5)).toBe('written');
    lms.SetValue = () => 'false'; // scorm-again leaves error 0: Adapt's spoor takes "false" with no error as done
    expect(adapter.setCompleted()).toBe('written');
    const refusing = lms as unknown as { SetValue: () => string; GetLastError: () => string };
    refusing.SetValue = () => 'false';
    refusing.GetLastError = () => '406';
    expect(adapter.setCompleted()).toBe('written');
    refusing.GetLastError = () => '101';
    expect(adapter.setCompleted()).toBe('retry');
    refusing.GetLastError = () => '133';
    expect(adapter.setCompleted()).toBe('closed');
    expect(diagnostics.read().map(({ kind, what, code }) => [kind, what, code])).toEqual([
      ['refused', 'cmi.location', 'too long'],
      ['refused', 'cmi.completion_status', '406'],
      ['unreachable', 'cmi.completion_status', '101'],
      ['closed', 'cmi.completion_status', '133'],
    ]);
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
    expect(adapter.setLocation('a')).toBe('retry');
  });
});

describe('an API this course terminated', () => {
  it('is left alone by a reloaded page, and a new API object is not', () => {
    const lms = createLms2004();
    const adapter = createAdapter2004(lms);
    adapter.initialize();
    expect(adapter.terminate()).toBe('accepted');
    const initialize = vi.spyOn(lms, 'Initialize');
    expect(createAdapter2004(lms).initialize()).toBe('refused');
    expect(initialize).not.toHaveBeenCalled();
    expect(createAdapter2004(createLms2004()).initialize()).toBe('initialized');
  });
});
