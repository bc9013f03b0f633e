import { describe, expect, it } from 'vitest';
import { createDeviceCopy, heldStorageKey, snapshotStorageKey, type DeviceRecord } from '../../../../src/runtime/scorm/device-copy';
import { readInteractionRecord } from '../../../../src/runtime/scorm/interaction-json';
import { createMemoryStorage } from './memory-storage';
import { check, peerSupport, wrong } from './quiz-course-fixture';

const record: DeviceRecord = { learnerId: 'v-7', location: 'listening', suspendData: '2|0000||', completion: 'incomplete', success: 'unknown', scorePercent: 40 };
const interaction = check(peerSupport, wrong).interaction;

describe('this device\'s copy of a record inside an LMS', () => {
  it('keeps the tab\'s snapshot always, and the held record with undelivered interactions until the LMS confirms', () => {
    const session = createMemoryStorage();
    const local = createMemoryStorage();
    const device = createDeviceCopy('peer-basics', { session, local });
    device.keep(record, [interaction], false);
    expect(device.readSnapshot()).toEqual(record);
    expect(device.readHeld('v-7')).toEqual([{ ...record, interactions: [interaction] }]);
    expect(device.readHeld('someone-else')).toEqual([]);
    device.keep({ ...record, learnerId: '' }, [], false);
    expect(device.readHeld('v-7').map((held) => held.learnerId)).toEqual(['', 'v-7']);
    device.keep(record, [], true);
    expect(device.readHeld('v-7')).toEqual([]);
    expect(Object.keys(local.entries())).toEqual([]);
    expect(JSON.parse(session.getItem(snapshotStorageKey('peer-basics')) ?? 'null')).toEqual(record);
  });

  it('reads nothing from damaged or foreign stored text, and keeps working when storage refuses', () => {
    const local = createMemoryStorage();
    local.setItem(heldStorageKey('peer-basics', 'v-7'), '{"learnerId":"v-7","location":5}');
    local.setItem(heldStorageKey('peer-basics', ''), 'not json');
    expect(createDeviceCopy('peer-basics', { local }).readHeld('v-7')).toEqual([]);
    const refusing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    const device = createDeviceCopy('peer-basics', { session: refusing, local: refusing });
    expect(() => device.keep(record, [], false)).not.toThrow();
    expect(device.readSnapshot()).toBeUndefined();
    expect(() => device.setAside('9|x', 'v-7')).not.toThrow();
  });

  it('turns interactions back into records either SCORM version can send, and drops anything else', () => {
    const revived = readInteractionRecord(JSON.parse(JSON.stringify(interaction)));
    expect(revived).toEqual(interaction);
    expect(revived?.timestamp).toBeInstanceOf(Date);
    for (const broken of [null, 'x', { id: 'a' }, { ...JSON.parse(JSON.stringify(interaction)), timestamp: 'never' }, { ...JSON.parse(JSON.stringify(interaction)), response: 'not a list' }]) {
      expect(readInteractionRecord(broken)).toBeUndefined();
    }
  });
});
