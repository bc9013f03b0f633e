import { describe, expect, it } from 'vitest';
import { describeCourseLength } from '../../../src/i18n/course-length';
import { createTranslator, type Language } from '../../../src/i18n/strings';

const say = (minutes: number, language: Language) => describeCourseLength(minutes, language);

describe('a course length as a person says it', () => {
  it('is in minutes up to an hour and a half', () => {
    expect(say(45, 'en')).toBe('45 minutes');
    expect(say(89, 'da')).toBe('89 minutter');
  });

  it('is in hours to the half hour beyond that, written the way each language writes numbers', () => {
    expect(say(741, 'en')).toBe('12.5 hours');
    expect(say(741, 'da')).toBe('12,5 timer');
    expect(say(120, 'en')).toBe('2 hours');
    expect(say(100, 'da')).toBe('1,5 timer');
  });

  it('fills the overview and catalogue sentences', () => {
    const t = createTranslator('en');
    expect(t('course.duration', { length: say(741, 'en') })).toBe('About 12.5 hours in all. There are no time limits.');
    expect(createTranslator('da')('catalog.minutes', { length: say(60, 'da') })).toBe('Cirka 60 minutter i alt');
  });
});
