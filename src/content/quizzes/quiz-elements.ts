import type { PartDeclaration } from '../../core/quiz/question-kind';
import type { QuestionKinds } from '../../core/quiz/question-kinds';
import type { AttributeWords } from '../mdx-elements/attribute-words';

/** The quiz elements of a set of question kinds, and the words author problems use about them. */
export interface QuizElements {
  kinds: QuestionKinds;
  /** Question elements, e.g. "SingleChoice". */
  questions: readonly string[];
  /** Part elements (`<Option>`, `<Pair>`…) and the question elements that hold each. */
  partHomes: ReadonlyMap<string, readonly string[]>;
  /** Part elements by name. */
  parts: ReadonlyMap<string, PartDeclaration>;
  /** Every quiz element: `<Quiz>`, the questions, their parts, `<Bank>` and `<ScoreBand>`. */
  all: readonly string[];
  /** Examples and hints for attribute problems. */
  words: AttributeWords;
  /** What to write inside an empty element that holds text, by element name. */
  whatTextIs: Readonly<Record<string, string>>;
}

export function describeQuizElements(kinds: QuestionKinds): QuizElements {
  const questions = kinds.list.map((kind) => kind.element.name);
  const parts = new Map<string, PartDeclaration>();
  const partHomes = new Map<string, string[]>();
  for (const { element } of kinds.list) {
    if (!element.part) continue;
    parts.set(element.part.name, element.part);
    partHomes.set(element.part.name, [...(partHomes.get(element.part.name) ?? []), element.name]);
  }
  const declared = [...kinds.list.map((kind) => kind.element), ...parts.values()];
  const whatTextIs = Object.fromEntries([...parts.values()].flatMap((part) => (part.text === undefined ? [] : [[part.name, part.text]])));
  return {
    kinds,
    questions,
    partHomes,
    parts,
    all: ['Quiz', ...questions, ...parts.keys(), 'Bank', 'ScoreBand'],
    words: {
      noun: 'quiz',
      switches: new Set(['counts', ...declared.flatMap((element) => element.switches ?? [])]),
      sampleNumbers: { passMark: 80, min: 80, attempts: 2, revealAfter: 1, draw: 2, ...merge(kinds.list.map((kind) => kind.element.sampleNumbers)) },
      missingHints: {
        prompt: 'Add the question as learners read it: `prompt="…"`.',
        draw: 'Add how many of its questions each learner answers, e.g. `draw={2}`.',
        min: 'Add the lowest score (percent) the feedback is for, e.g. `min={80}`.',
        ...merge([...parts.values()].map((part) => part.missingHints)),
      },
      idFrom: ['title', 'prompt'],
      idExample: 'what-peer-support-is',
      idNote: () => 'Saved progress is keyed on it, so keep it once learners have started.',
    },
    whatTextIs: { ...whatTextIs, ScoreBand: 'the feedback for learners who reach this score' },
  };
}

function merge<T>(records: readonly (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  return Object.fromEntries(records.flatMap((record) => Object.entries(record ?? {})));
}
