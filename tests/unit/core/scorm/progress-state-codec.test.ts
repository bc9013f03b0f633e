import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgressState, encodeProgressState } from '../../../../src/core/scorm/progress-state-codec';

const stableId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const course = fc.uniqueArray(stableId, { minLength: 1, maxLength: 40 });

describe('progress state codec', () => {
  it('writes a versioned list of visited lesson ids', () => {
    expect(encodeProgressState({ visitedLessonIds: ['welcome', 'listening'] })).toBe('1|welcome,listening');
    expect(encodeProgressState({ visitedLessonIds: [] })).toBe('1|');
  });

  it('reads visited ids in course order', () => {
    expect(decodeProgressState('1|listening,welcome', ['welcome', 'listening', 'boundaries']))
      .toEqual({ visitedLessonIds: ['welcome', 'listening'] });
  });

  it('drops ids the republished course no longer has', () => {
    expect(decodeProgressState('1|old-lesson,welcome', ['welcome'])).toEqual({ visitedLessonIds: ['welcome'] });
  });

  it('reads empty, foreign or future-format text as no progress instead of failing', () => {
    for (const text of ['', 'garbage', '2|welcome', '{"visited":["welcome"]}', '|welcome']) {
      expect(decodeProgressState(text, ['welcome'])).toEqual({ visitedLessonIds: [] });
    }
  });

  it('ignores extra parts a later version of this format may add', () => {
    expect(decodeProgressState('1|welcome|q:1', ['welcome'])).toEqual({ visitedLessonIds: ['welcome'] });
  });

  it('refuses ids that would corrupt the format', () => {
    expect(() => encodeProgressState({ visitedLessonIds: ['a,b'] })).toThrow(RangeError);
    expect(() => encodeProgressState({ visitedLessonIds: [''] })).toThrow(RangeError);
  });

  it('round-trips any visited subset of a course', () => {
    const subset = course.chain((ids) => fc.tuple(fc.constant(ids), fc.subarray(ids)));
    fc.assert(fc.property(subset, fc.array(stableId), ([ids, visited], dropped) => {
      const encoded = encodeProgressState({ visitedLessonIds: [...visited, ...dropped] });
      const decoded = decodeProgressState(encoded, ids);
      expect(decoded.visitedLessonIds).toEqual(ids.filter((id) => visited.includes(id) || dropped.includes(id)));
    }));
  });
});
