import { describe, expect, it } from 'vitest';
import { createDiagnosticLog, diagnosticStorageKey } from '../../../../src/runtime/scorm/diagnostic-log';
import { createMemoryStorage } from './memory-storage';

describe('the diagnostic log', () => {
  it('keeps the last hundred entries, values cut to 200 characters, in memory and in the tab\'s storage', () => {
    const storage = createMemoryStorage();
    const log = createDiagnosticLog({ storage, courseId: 'peer-basics', now: () => 7 });
    for (let index = 0; index < 120; index++) log.add({ kind: 'refused', what: `cmi.interactions.${index}.learner_response`, value: 'x'.repeat(300), code: '406' });
    expect(log.read()).toHaveLength(100);
    expect(log.read()[0]).toEqual({ kind: 'refused', what: 'cmi.interactions.20.learner_response', value: 'x'.repeat(200), code: '406', at: 7 });
    expect(JSON.parse(storage.getItem(diagnosticStorageKey('peer-basics')) ?? '[]')).toEqual(log.read());
  });

  it('works without storage, and when storage refuses', () => {
    const log = createDiagnosticLog({ storage: { setItem: () => { throw new Error('full'); } }, courseId: 'peer-basics' });
    log.add({ kind: 'unreachable', what: 'Commit', value: '', code: '101' });
    expect(log.read()).toHaveLength(1);
  });
});
