import { describe, expect, it } from 'vitest';
import { createAdapter2004 } from '../../../../src/runtime/scorm/adapter-2004';
import { createPendingChanges } from '../../../../src/runtime/scorm/pending-changes';
import { createLms2004, createRecordingLms } from './lms-fakes';

describe('pending changes', () => {
  it('writes state, then interactions, then the session ending, and the latest value wins', () => {
    const { api, control } = createRecordingLms(createLms2004());
    api.Initialize('');
    const adapter = createAdapter2004(api);
    const pending = createPendingChanges();
    pending.schedule('exit', (lms) => lms.setExit('suspend'));
    pending.queueInteraction({ id: 'urn:peerpath:c:q', type: 'likert', response: 'agree', result: 'neutral', timestamp: new Date() });
    pending.schedule('location', (lms) => lms.setLocation('welcome'));
    pending.schedule('location', (lms) => lms.setLocation('listening'));
    expect(pending.flush(adapter)).toBe('done');
    expect(pending.hasChanges()).toBe(false);
    const elements = control.calls.filter((call) => call.name === 'SetValue').map((call) => call.args[0]);
    expect(elements[0]).toBe('cmi.location');
    expect(elements.at(-1)).toBe('cmi.exit');
    expect(control.calls.filter((call) => call.args[0] === 'cmi.location').map((call) => call.args[1])).toEqual(['listening']);
  });

  it('keeps what the LMS could not take now for the next flush', () => {
    const { api, control } = createRecordingLms(createLms2004());
    api.Initialize('');
    const adapter = createAdapter2004(api);
    const pending = createPendingChanges();
    pending.schedule('suspendData', (lms) => lms.setSuspendData('1|welcome'));
    control.failWhen = () => true;
    expect(pending.flush(adapter)).toBe('retry');
    expect(pending.hasChanges()).toBe(true);
    control.failWhen = undefined;
    expect(pending.flush(adapter)).toBe('done');
    expect(api.GetValue('cmi.suspend_data')).toBe('1|welcome');
  });

  it('never lets one value the LMS cannot take now hold back the others, nor a refused one hold back anything', () => {
    const { api, control } = createRecordingLms(createLms2004());
    api.Initialize('');
    const adapter = createAdapter2004(api);
    const pending = createPendingChanges();
    const first = { id: 'urn:peerpath:c:q1', type: 'likert', response: 'agree', result: 'neutral', timestamp: new Date() } as const;
    pending.schedule('suspendData', (lms) => lms.setSuspendData('2|0000||'));
    pending.schedule('location', (lms) => lms.setLocation('welcome'));
    pending.queueInteraction(first);
    pending.queueInteraction({ ...first, id: 'urn:peerpath:c:q2' });
    pending.schedule('exit', (lms) => lms.setExit('suspend'));
    pending.schedule('sessionTime', (lms) => lms.setSessionTime(1_000));
    // cmi.location cannot be taken now; the first interaction's score-less weighting is refused for good.
    control.failWhen = (name, args) => name === 'SetValue' && args[0] === 'cmi.location';
    expect(pending.flush(adapter)).toBe('retry');
    expect(api.GetValue('cmi.suspend_data')).toBe('2|0000||');
    expect(api.GetValue('cmi.interactions._count')).toBe('2');
    const rendered = api.renderCommitCMI(true) as { cmi: { exit: string; session_time: string } };
    expect([rendered.cmi.exit, rendered.cmi.session_time]).toEqual(['suspend', 'PT1S']);
    expect(pending.readUndelivered().map((record) => record.id)).toEqual(['urn:peerpath:c:q1', 'urn:peerpath:c:q2']);
    pending.markCommitted();
    expect(pending.readUndelivered()).toEqual([]);
    control.failWhen = undefined;
    expect(pending.flush(adapter)).toBe('done');
    expect(api.GetValue('cmi.location')).toBe('welcome');
  });
});
