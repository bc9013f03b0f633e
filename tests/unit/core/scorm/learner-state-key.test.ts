import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStateKeyCollisions, stateKey, type StateKeyNamespace } from '../../../../src/core/scorm/learner-state-key';
import { findCollidingIds, makeQuestion, stableId } from './learner-state-arbitraries';

describe('stateKey', () => {
  it('is four lowercase base-36 characters of the namespaced id', () => {
    fc.assert(fc.property(fc.constantFrom('l' as const, 'q' as const), fc.string(), (namespace, id) => {
      expect(stateKey(namespace, id)).toMatch(/^[0-9a-z]{4}$/);
    }));
  });

  it('keeps lessons and questions apart', () => {
    expect(stateKey('l', 'welcome')).not.toBe(stateKey('q', 'welcome'));
  });

  it('gives the same keys as when learners saved them (FNV-1a, last four base-36 digits)', () => {
    expect(stateKey('l', 'welcome')).toBe('aiup');
    expect(stateKey('q', 'what-peer-support-is')).toBe('k6bk');
  });
});

describe('findStateKeyCollisions', () => {
  const firstLetter = (namespace: StateKeyNamespace, id: string) => `${namespace}${id.charAt(0)}`;

  it('groups ids that share a key, per namespace, with an injected key function', () => {
    const course = {
      lessonIds: ['alpha', 'beta', 'apple', 'avocado'],
      questions: [makeQuestion('banana', 'true-false', []), makeQuestion('blue', 'likert', ['a']), makeQuestion('cherry', 'fill-in', [])],
    };
    expect(findStateKeyCollisions(course, firstLetter)).toEqual([
      { namespace: 'lesson', ids: ['alpha', 'apple', 'avocado'] },
      { namespace: 'question', ids: ['banana', 'blue'] },
    ]);
  });

  it('does not count an id listed twice, or a lesson and a question with the same id', () => {
    const course = { lessonIds: ['alpha', 'alpha'], questions: [makeQuestion('alpha', 'true-false', [])] };
    expect(findStateKeyCollisions(course, firstLetter)).toEqual([]);
  });

  it('finds a real clash of the FNV-1a keys', () => {
    const [first, second] = findCollidingIds('l');
    expect(stateKey('l', first)).toBe(stateKey('l', second));
    expect(findStateKeyCollisions({ lessonIds: ['welcome', first, second], questions: [] })).toEqual([
      { namespace: 'lesson', ids: [first, second] },
    ]);
  });

  it('finds none among ids whose keys all differ', () => {
    fc.assert(fc.property(fc.uniqueArray(stableId, { maxLength: 30 }), (ids) => {
      const distinctKeys = new Set(ids.map((id) => stateKey('l', id))).size === ids.length;
      expect(findStateKeyCollisions({ lessonIds: ids, questions: [] }).length === 0).toBe(distinctKeys);
    }));
  });
});
