// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createReflectionStore, reflectionIdFor, reflectionStorageKey } from '../../../../src/runtime/reflections/reflection-store';

const context = (scene: string) => ({ prompt: `What would you say in ${scene}?`, place: `A scenario – ${scene}` });
let clock = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 12, clock++));

beforeEach(() => {
  localStorage.clear();
  clock = 0;
});

function storeWithTwoCourses() {
  const store = createReflectionStore(localStorage, now);
  store.save(reflectionIdFor('peer-basics', 'first', 'opening'), 'I would listen first.', context('the opening'));
  store.save(reflectionIdFor('peer-basics', 'first', 'later'), 'Then ask what helps.', context('later'));
  store.save(reflectionIdFor('peer-basics-two', 'other', 'opening'), 'Another course entirely.', context('elsewhere'));
  return store;
}

describe('the reflection store, course by course', () => {
  it('counts every reflection, or only one course’s (a course id that begins another’s is not confused with it)', () => {
    const store = storeWithTwoCourses();
    expect(store.count()).toBe(3);
    expect(store.count('peer-basics')).toBe(2);
    expect(store.count('peer-basics-two')).toBe(1);
    expect(store.count('no-such-course')).toBe(0);
  });

  it('exports one course’s reflections as text, oldest change first, with where each was written', () => {
    const text = storeWithTwoCourses().exportAsText('My reflections: Peer basics', 'peer-basics');
    expect(text).toBe([
      'My reflections: Peer basics',
      'A scenario – the opening\nWhat would you say in the opening?\n\nI would listen first.',
      'A scenario – later\nWhat would you say in later?\n\nThen ask what helps.',
    ].join('\n\n----\n\n') + '\n');
    expect(text).not.toContain('Another course');
  });

  it('deletes one course’s reflections and keeps the others; deleting the last empties the key', () => {
    const store = storeWithTwoCourses();
    expect(store.deleteAll('peer-basics')).toBe(true);
    expect(store.count()).toBe(1);
    expect(store.read(reflectionIdFor('peer-basics-two', 'other', 'opening'))).toBe('Another course entirely.');
    expect(store.deleteAll('peer-basics-two')).toBe(true);
    expect(localStorage.getItem(reflectionStorageKey)).toBeNull();
  });

  it('keeps nothing and says so when there is no storage', () => {
    const store = createReflectionStore(undefined);
    expect(store.save('a:b:c', 'text', context('x'))).toBe(false);
    expect(store.count('a')).toBe(0);
    expect(store.deleteAll('a')).toBe(false);
  });
});
