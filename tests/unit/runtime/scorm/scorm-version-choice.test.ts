import { describe, expect, it } from 'vitest';
import { chooseScormVersion, SCORM_VERSION_STORAGE_KEY } from '../../../../src/runtime/scorm/scorm-version-choice';

const createStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
};

describe('chooseScormVersion', () => {
  it('takes the launch parameter and remembers it for pages without one', () => {
    const storage = createStorage();
    expect(chooseScormVersion('?scorm=12', storage)).toBe('1.2');
    expect(storage.getItem(SCORM_VERSION_STORAGE_KEY)).toBe('1.2');
    expect(chooseScormVersion('', storage)).toBe('1.2');
    expect(chooseScormVersion('?scorm=2004', storage)).toBe('2004');
  });

  it('knows nothing on the plain website', () => {
    expect(chooseScormVersion('?q=listening', createStorage())).toBeUndefined();
    expect(chooseScormVersion('', undefined)).toBeUndefined();
  });

  it('still uses the launch parameter when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    expect(chooseScormVersion('?scorm=2004', blocked)).toBe('2004');
    expect(chooseScormVersion('', blocked)).toBeUndefined();
  });
});
