import lunr from 'lunr';
import { docPositionToRef, type SerializedLunrIndex } from '../../core/search/search-index-file';
import { createLanguageBuilder, type SearchLanguage } from '../../core/search/search-language';

export interface IndexField {
  name: string;
  boost: number;
}

/**
 * Indexes documents with lunr.Builder and the language's pipelines; a document's ref is its position in
 * base 36. The indexing pipeline runs once per distinct word: a thousand lessons repeat the same few
 * thousand words, and stemming every occurrence took most of the build's search time.
 */
export function buildLunrIndex(
  language: SearchLanguage,
  fields: readonly IndexField[],
  documents: readonly Record<string, string>[],
): SerializedLunrIndex {
  const builder = createLanguageBuilder(language);
  rememberPipelineResults(builder.pipeline);
  builder.ref('ref');
  for (const field of fields) builder.field(field.name, { boost: field.boost });
  documents.forEach((document, position) => builder.add({ ...document, ref: docPositionToRef(position) }));
  // Index#toJSON gives the pipeline functions' registered labels, which @types/lunr types as functions.
  return builder.build().toJSON() as unknown as SerializedLunrIndex;
}

function rememberPipelineResults(pipeline: lunr.Pipeline): void {
  const run = pipeline.run.bind(pipeline);
  const results = new Map<string, string[]>();
  pipeline.run = (tokens) =>
    tokens.flatMap((token) => {
      const word = token.toString();
      let terms = results.get(word);
      if (terms === undefined) {
        terms = run([new lunr.Token(word, {})]).map(String);
        results.set(word, terms);
      }
      return terms.map((term) => token.clone(() => term));
    });
}
