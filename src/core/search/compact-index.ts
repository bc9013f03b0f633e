/**
 * The index as stored in `search-index.json`. Lunr's own serialization repeats every document ref in
 * every posting and stores a score per term and document, about four times the size of what those are
 * computed from. This keeps only that (terms, and which terms each document field holds how often);
 * `compactIndexToLunrJson` recomputes exactly what `lunr.Builder` would have serialized.
 */
export interface CompactIndex {
  /** lunr version the index was built with; `lunr.Index.load` warns when it differs. */
  lunrVersion: string;
  /** Indexed fields in order, with their boosts. */
  fields: { name: string; boost: number }[];
  /** Labels of the search pipeline functions, e.g. ["stemmer"] or ["trimmer-da", "stemmer-da"]. */
  pipeline: string[];
  /** Every index term, in JavaScript's default sort order (as lunr serializes them). */
  terms: string[];
  /**
   * Per document (its position is its ref, base 36), per field: the positions in `terms` of the terms
   * it holds, ascending, each written as the gap from the one before. A negative number -n before a
   * gap says that term occurs n times; otherwise it occurs once.
   */
  docs: number[][][];
}

/** `lunr.Index#toJSON()`'s shape, as `lunr.Index.load` reads it. */
export interface SerializedLunrIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, number | Record<string, Record<string, never>>>][];
  pipeline: string[];
}

// lunr.Builder's BM25 defaults.
const K1 = 1.2;
const B = 0.75;

export function compactIndexToLunrJson(compact: CompactIndex): SerializedLunrIndex {
  const fieldNames = compact.fields.map((field) => field.name);
  const documentCount = compact.docs.length;
  // Per term, per field: the refs of the documents whose field holds the term (lunr's posting lists).
  const postings: Record<string, Record<string, never>>[][] = compact.terms.map(() => fieldNames.map(() => ({})));
  const documentsWithTerm = new Array<number>(compact.terms.length).fill(0);
  const fieldLengthSums = new Array<number>(fieldNames.length).fill(0);
  const decoded = compact.docs.map((doc, position) => {
    const ref = position.toString(36);
    return fieldNames.map((_fieldName, field) => {
      const terms = decodeFieldTerms(doc[field] ?? []);
      for (const term of terms.positions) {
        const refs = postings[term]?.[field];
        if (refs) refs[ref] = {};
        documentsWithTerm[term] = (documentsWithTerm[term] ?? 0) + 1;
      }
      fieldLengthSums[field] = (fieldLengthSums[field] ?? 0) + terms.length;
      return terms;
    });
  });
  // Same arithmetic, in the same order, as lunr.idf and lunr.Builder#createFieldVectors.
  const idf = documentsWithTerm.map((count) => Math.log(1 + Math.abs((documentCount - count + 0.5) / (count + 0.5))));
  const averageLengths = fieldLengthSums.map((sum) => sum / documentCount);
  const fieldVectors: [string, number[]][] = [];
  decoded.forEach((fields, position) => {
    const ref = position.toString(36);
    fields.forEach((terms, field) => {
      const boost = compact.fields[field]?.boost || 1;
      const lengthNorm = 1 - B + B * (terms.length / (averageLengths[field] ?? 1));
      const elements: number[] = [];
      terms.positions.forEach((term, i) => {
        const frequency = terms.frequencies[i] ?? 1;
        let score = ((idf[term] ?? 0) * ((K1 + 1) * frequency)) / (K1 * lengthNorm + frequency);
        score *= boost;
        elements.push(term, Math.round(score * 1000) / 1000);
      });
      fieldVectors.push([`${fieldNames[field]}/${ref}`, elements]);
    });
  });
  return {
    version: compact.lunrVersion,
    fields: fieldNames,
    fieldVectors,
    invertedIndex: compact.terms.map((term, position) => [
      term,
      { _index: position, ...Object.fromEntries(fieldNames.map((name, field) => [name, postings[position]?.[field] ?? {}])) },
    ]),
    pipeline: compact.pipeline,
  };
}

/** Term positions and how often each occurs; `length` is the field length lunr scores with. */
function decodeFieldTerms(encoded: number[]) {
  const positions: number[] = [];
  const frequencies: number[] = [];
  let position = 0;
  let frequency = 1;
  let length = 0;
  for (const value of encoded) {
    if (value < 0) {
      frequency = -value;
      continue;
    }
    position += value;
    positions.push(position);
    frequencies.push(frequency);
    length += frequency;
    frequency = 1;
  }
  return { positions, frequencies, length };
}
