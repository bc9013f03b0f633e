import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLessonPlace, encodeLessonPlace, sectionKey, type LessonPlace } from '../../../../src/core/scorm/lesson-place';
import { LOCATION_MAX_LENGTH } from '../../../../src/core/scorm/limits';

const lessonId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,6}$/).filter((id) => id.length <= 64);
const place: fc.Arbitrary<LessonPlace> = fc.record(
  {
    lessonId,
    sectionKey: fc.string({ minLength: 1, maxLength: 80 }).map(sectionKey),
    permille: fc.integer({ min: 0, max: 999 }),
    note: fc.record({ index: fc.integer({ min: 0, max: 999 }), part: fc.constantFrom('material' as const, 'summary' as const) }),
  },
  { requiredKeys: ['lessonId', 'permille'] },
);

describe('lesson place in the location value', () => {
  it('reads back exactly what it wrote, and fits 1.2 lesson_location', () => {
    fc.assert(fc.property(place, (written) => {
      const value = encodeLessonPlace(written);
      expect(value.length).toBeLessThanOrEqual(LOCATION_MAX_LENGTH['1.2']);
      const read = decodeLessonPlace(value);
      // The top of a lesson is written as the bare id, which reads as the same place.
      if (written.sectionKey === undefined && written.permille === 0 && !written.note) expect(value).toBe(written.lessonId);
      expect(read).toEqual(written);
    }));
  });

  it('keeps reading the bare lesson id earlier versions wrote, as the top of that lesson', () => {
    expect(decodeLessonPlace('what-peer-support-is')).toEqual({ lessonId: 'what-peer-support-is', permille: 0 });
  });

  it('writes a place compactly: section key, thousandths, the note holding it', () => {
    const key = sectionKey('how-it-differs');
    expect(key).toMatch(/^[0-9a-z]{4}$/);
    expect(encodeLessonPlace({ lessonId: 'the-dual-role', sectionKey: key, permille: 412.4, note: { index: 0, part: 'material' } }))
      .toBe(`the-dual-role~${key}~412~n0`);
    expect(encodeLessonPlace({ lessonId: 'the-dual-role', permille: 1200 })).toBe('the-dual-role~~999');
  });

  it('reads a lesson whose place an LMS mangled as the top of that lesson, and nonsense as nothing', () => {
    expect(decodeLessonPlace('the-dual-role~zz~abc')).toEqual({ lessonId: 'the-dual-role', permille: 0 });
    expect(decodeLessonPlace('the-dual-role~~12~x3')).toEqual({ lessonId: 'the-dual-role', permille: 0 });
    for (const value of ['', 'The Dual Role', '~abcd~12', '../x', 'a--b']) expect(decodeLessonPlace(value)).toBeUndefined();
  });
});
