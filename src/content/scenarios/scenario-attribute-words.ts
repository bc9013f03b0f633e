import type { AttributeWords } from '../mdx-elements/attribute-words';

const SAVED = 'Saved progress and the records a learning platform keeps are keyed on it, so keep it once learners have started.';

/** The examples attribute explanations give for scenario elements. */
export const SCENARIO_ATTRIBUTE_WORDS: AttributeWords = {
  noun: 'scenario',
  switches: new Set(),
  sampleNumbers: { initial: 0, min: 0, max: 3, weight: 1 },
  missingHints: {
    title: 'Add a title: `title="…"`.',
    name: 'Add the name shown beside the character\'s lines: `name="Sam"`.',
    to: 'Add the id of the scene or ending the choice leads to: `to="…"`.',
    character: 'Add the id of the `<Character>` who speaks: `character="…"`.',
    initial: 'Add the value every play starts with, e.g. `initial={0}`.',
    min: 'Add the lowest value, e.g. `min={0}`.',
    max: 'Add the highest value, e.g. `max={3}`; a yes/no fact goes from `min={0}` to `max={1}`.',
  },
  idFrom: ['title', 'name', 'setting'],
  idExample: 'intro-meeting',
  idNote: (element) => {
    if (element === 'Character') return 'Lines name the speaker by it: `<Line character="…">`.';
    if (element === 'Variable') return 'Conditions and changes name the variable by it, e.g. `when="trust>=1"`.';
    return SAVED;
  },
};
