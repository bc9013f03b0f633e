import { fillLabel } from '../core/text/fill-label';
import { da } from './da';
import { en, type StringKey } from './en';

export type Language = 'en' | 'da';

const tables: Record<Language, Record<StringKey, string>> = { en, da };

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** Returns a translator for the course language; `{name}` placeholders are filled from `values`. */
export function createTranslator(language: Language): Translate {
  const table = tables[language];
  return (key, values = {}) => fillLabel(table[key], values);
}
