import { describe, expect, it, vi } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { createAdapter12 } from '../../../../src/runtime/scorm/adapter-12';
import { createDiagnosticLog } from '../../../../src/runtime/scorm/diagnostic-log';
import { createLms12 } from './lms-fakes';

const started = () => {
  const lms = createLms12();
  const adapter = createAdapter12(lms);
  expect(adapter.initialize()).toBe('initialized');
  return { lms, adapter };
};

describe('SCORM 1.2 adapter', () => {
  it('reads "not attempted" as not attempted and never writes it', () => {
    const { lms, adapter } = started();
    expect(adapter.readLearnerState()).toMatchObject({ completion: 'not attempted', success: 'unknown', location: '', suspendData: '' });
    expect(adapter.setIncomplete()).toBe('written');
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('writes the exact 1.2 elements and keeps a pass when completion follows', () => {
    const { lms, adapter } = started();
    const setValue = vi.spyOn(lms, 'LMSSetValue');
    expect(adapter.setLocation('listening')).toBe('written');
    expect(adapter.setSuspendData('1|welcome')).toBe('written');
    expect(adapter.setProgressMeasure(0.5)).toBe('written');
    expect(adapter.setScore({ raw: 7, min: 0, max: 10 })).toBe('written');
    expect(adapter.setPassed()).toBe('written');
    expect(adapter.setCompleted()).toBe('written');
    expect(adapter.setSessionTime(3_723_500)).toBe('written');
    expect(adapter.setExit('suspend')).toBe('written');
    expect(lms.LMSGetValue('cmi.core.lesson_location')).toBe('listening');
    expect(lms.LMSGetValue('cmi.suspend_data')).toBe('1|welcome');
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(lms.LMSGetValue('cmi.core.score.raw')).toBe('70');
    expect(setValue).toHaveBeenCalledWith('cmi.core.session_time', '0001:02:03.50');
    expect(setValue).toHaveBeenCalledWith('cmi.core.exit', 'suspend');
    expect(setValue.mock.calls.map(([element]) => element)).not.toContain('cmi.core.progress_measure');
    expect(adapter.commit()).toBe('accepted');
    expect(adapter.terminate()).toBe('accepted');
    expect(lms.LMSGetLastError()).toBe('0');
  });

  it('says "failed" for a fail once the course is complete, and "" for a normal exit', () => {
    const { lms, adapter } = started();
    adapter.setFailed();
    // "failed" reads as finished to a 1.2 LMS: not before the course is complete.
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    adapter.setCompleted();
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
    expect(adapter.setExit('normal')).toBe('written');
    expect(lms.LMSGetLastError()).toBe('0');
  });

  describe('with a masteryscore, which LMSs apply to score.raw at LMSFinish', () => {
    const startedWithMastery = () => {
      const lms = new Scorm12API({ logLevel: 5, mastery_override: true });
      lms.loadFromFlattenedJSON({ 'cmi.student_data.mastery_score': '80' }, '');
      const adapter = createAdapter12(lms);
      expect(adapter.initialize()).toBe('initialized');
      return { lms, adapter };
    };

    it('holds the score back until the course is complete, so an unfinished course is never made "passed"', () => {
      const { lms, adapter } = startedWithMastery();
      expect(adapter.setScore({ raw: 90, min: 0, max: 100 })).toBe('written');
      expect(adapter.setPassed()).toBe('written');
      expect(lms.LMSGetValue('cmi.core.score.raw')).toBe('');
      expect(adapter.terminate()).toBe('accepted');
      expect(lms.cmi.core.lesson_status).toBe('incomplete');
    });

    it.each([
      [90, 'passed'],
      [70, 'failed'],
    ] as const)('reports %i and "%s" once complete, and the LMS agrees at LMSFinish', (raw, verdict) => {
      const { lms, adapter } = startedWithMastery();
      adapter.setScore({ raw, min: 0, max: 100 });
      if (verdict === 'passed') adapter.setPassed();
      else adapter.setFailed();
      expect(adapter.setCompleted()).toBe('written');
      expect(lms.LMSGetValue('cmi.core.score.raw')).toBe(String(raw));
      expect(adapter.terminate()).toBe('accepted');
      expect(lms.cmi.core.lesson_status).toBe(verdict);
    });
  });

  it('appends interactions with "wrong" and single-character responses', () => {
    const { lms, adapter } = started();
    const record = {
      id: 'urn:peerpath:c:q1', type: 'choice', response: ['advise'], options: ['listen', 'advise'],
      result: 'incorrect', timestamp: new Date(),
    } as const;
    expect(adapter.readInteractionCount()).toBe(0);
    expect(adapter.recordInteraction(0, record)).toBe('written');
    expect(adapter.readInteractionCount()).toBe(1);
    const saved = lms.renderCommitCMI(false) as { cmi: { interactions: Record<string, { student_response: string; result: string }> } };
    expect(saved.cmi.interactions['0']).toMatchObject({ student_response: '1', result: 'wrong' });
  });

  it('drops a lesson_location over 255 and suspend_data over 4096 characters as refused, and logs them', () => {
    const lms = createLms12();
    const diagnostics = createDiagnosticLog();
    const adapter = createAdapter12(lms, diagnostics);
    adapter.initialize();
    const setValue = vi.spyOn(lms, 'LMSSetValue');
    expect(adapter.setLocation('x'.repeat(256))).toBe('written');
    expect(adapter.setSuspendData('x'.repeat(4097))).toBe('written');
    expect(setValue).not.toHaveBeenCalled();
    expect(diagnostics.read().map(({ kind, what, code }) => [kind, what, code])).toEqual([
      ['refused', 'cmi.core.lesson_location', 'too long'],
      ['refused', 'cmi.suspend_data', 'too long'],
    ]);
  });

  it('reads everything stored whatever cmi.core.entry says, with mode, credit and learner', () => {
    for (const entry of ['', 'ab-initio', 'resume']) {
      const lms = createLms12();
      lms.loadFromJSON({
        core: { entry, lesson_location: 'listening', lesson_status: 'failed', score: { raw: '40' }, lesson_mode: 'review', credit: 'no-credit', student_id: 'v-7' },
        suspend_data: '2|0000||',
      });
      const adapter = createAdapter12(lms);
      adapter.initialize();
      expect(adapter.readLearnerState()).toEqual({
        entry, location: 'listening', suspendData: '2|0000||', completion: 'completed', success: 'failed', scorePercent: 40,
        mode: 'review', credit: false, learnerId: 'v-7',
      });
    }
  });

  it('cannot initialize again after LMSFinish', () => {
    const { lms, adapter } = started();
    adapter.terminate();
    expect(createAdapter12(lms).initialize()).toBe('refused');
  });
});
