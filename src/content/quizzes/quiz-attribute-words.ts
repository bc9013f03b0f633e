import type { AttributeWords } from '../mdx-elements/attribute-words';

/** The examples attribute explanations give for quiz elements. */
export const QUIZ_ATTRIBUTE_WORDS: AttributeWords = {
  noun: 'quiz',
  switches: new Set(['counts', 'correct', 'shuffle']),
  sampleNumbers: { passMark: 80, min: 80, attempts: 2, revealAfter: 1, maxLength: 60, draw: 2 },
  missingHints: {
    prompt: 'Add the question as learners read it: `prompt="…"`.',
    left: 'Add the item learners start from: `left="…"`.',
    right: 'Add the item that belongs with `left`: `right="…"`.',
    draw: 'Add how many of its questions each learner answers, e.g. `draw={2}`.',
    min: 'Add the lowest score (percent) the feedback is for, e.g. `min={80}`.',
  },
  idFrom: ['title', 'prompt'],
  idExample: 'what-peer-support-is',
  idNote: () => 'Saved progress is keyed on it, so keep it once learners have started.',
};
