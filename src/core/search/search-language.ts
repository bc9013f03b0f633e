import lunr from 'lunr';
import registerDanish from 'lunr-languages/lunr.da.js';
import registerStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

/** Course languages that search can stem. */
export type SearchLanguage = 'en' | 'da';

export function isSearchLanguage(value: unknown): value is SearchLanguage {
  return value === 'en' || value === 'da';
}

type PipelineFunction = lunr.PipelineFunction;
interface DanishLunr {
  da: lunr.Builder.Plugin & { trimmer: PipelineFunction; stemmer: PipelineFunction };
}

let registered = false;

/**
 * Adds Danish to the shared lunr object. lunr-languages mutates lunr and re-registering logs
 * "Overwriting existing registered function", so this runs once. `lunr.Index.load` needs it even
 * for searching: a Danish index names its pipeline functions ("stemmer-da") by label.
 */
export function registerSearchLanguages(): typeof lunr & DanishLunr {
  if (!registered) {
    registerStemmerSupport(lunr);
    registerDanish(lunr);
    registered = true;
  }
  return lunr as typeof lunr & DanishLunr;
}

/**
 * A lunr.Builder with the pipelines the `lunr()` helper would set up for the course language
 * (English is lunr's default; a language plugin replaces both pipelines).
 */
export function createLanguageBuilder(language: SearchLanguage): lunr.Builder {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  applySearchLanguage(builder, language);
  return builder;
}

/** Sets a builder's indexing and search pipelines for the course language (English is lunr's default). */
export function applySearchLanguage(builder: lunr.Builder, language: SearchLanguage): void {
  const withLanguages = registerSearchLanguages();
  if (language === 'da') builder.use(withLanguages.da);
}

/**
 * Trims and stems one word the way the index did, so a query word and an excerpt word can be compared
 * with index terms. Returns '' when nothing is left (punctuation only).
 */
export function createTermNormaliser(language: SearchLanguage): (word: string) => string {
  const withLanguages = registerSearchLanguages();
  const steps =
    language === 'da'
      ? [withLanguages.da.trimmer, withLanguages.da.stemmer]
      : [withLanguages.trimmer, withLanguages.stemmer];
  const pipeline = new lunr.Pipeline();
  pipeline.add(...steps);
  const cache = new Map<string, string>();
  return (word) => {
    const lower = word.toLowerCase();
    let term = cache.get(lower);
    if (term === undefined) {
      term = pipeline.runString(lower)[0] ?? '';
      cache.set(lower, term);
    }
    return term;
  };
}
