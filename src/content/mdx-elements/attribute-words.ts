/**
 * What the attribute explanations say about one family of elements (quizzes, scenarios): the
 * explanations are shared, the examples in them are the family's own.
 */
export interface AttributeWords {
  /** The family in "quiz attributes take plain values only". */
  noun: string;
  /** Booleans an author switches on by writing the bare attribute, e.g. `correct`. */
  switches: ReadonlySet<string>;
  /** A sensible number to show in examples, by attribute name; 1 for any other. */
  sampleNumbers: Readonly<Record<string, number>>;
  /** What to write when a required attribute is missing, by attribute name. */
  missingHints: Readonly<Record<string, string>>;
  /** Attributes whose text makes a good id suggestion, in order of preference, e.g. `title`. */
  idFrom: readonly string[];
  /** An id to show when nothing written suggests one. */
  idExample: string;
  /** Why the element's id matters, after "Add an id of your own, e.g. …". */
  idNote: (element: string) => string;
}
