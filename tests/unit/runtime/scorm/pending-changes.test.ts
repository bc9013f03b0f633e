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
    expect(pending.flush(adapter)).toBe(true);
    expect(pending.hasChanges()).toBe(false);
    const elements = control.calls.filter((call) => call.name === 'SetValue').map((call) => call.args[0]);
    expect(elements[0]).toBe('cmi.location');
    expect(elements.at(-1)).toBe('cmi.exit');
    expect(control.calls.filter((call) => call.args[0] === 'cmi.location').map((call) => call.args[1])).toEqual(['listening']);
  });

  it('keeps what the LMS refused for the next flush', () => {
    const { api, control } = createRecordingLms(createLms2004());
    api.Initialize('');
    const adapter = createAdapter2004(api);
    const pending = createPendingChanges();
    pending.schedule('suspendData', (lms) => lms.setSuspendData('1|welcome'));
    control.failWhen = () => true;
    expect(pending.flush(adapter)).toBe(false);
    expect(pending.hasChanges()).toBe(true);
    control.failWhen = undefined;
    expect(pending.flush(adapter)).toBe(true);
    expect(api.GetValue('cmi.suspend_data')).toBe('1|welcome');
  });
});
