import { createTranslator, type Language } from './strings';

/**
 * A course's length as a person says it: minutes for a short one, hours (to the half hour) once it
 * runs past an hour and a half. "About 741 minutes" is a number to work out, not a length.
 */
export function describeCourseLength(minutes: number, language: Language): string {
  const t = createTranslator(language);
  if (minutes < 90) return t('length.minutes', { count: minutes });
  const hours = Math.round(minutes / 30) / 2;
  return t('length.hours', { count: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hours) });
}
