import { LESSON_TOPICS } from './lesson-topics.ts';

// What learners type: whole words and phrases from the course, words still being typed, things
// the courses never mention, and the odd punctuation that lunr's own query parser would choke on.
const GENERAL_WORDS = [
  'hope', 'safety', 'trust', 'choice', 'group', 'listening', 'feelings', 'crisis', 'emergency',
  'support', 'volunteer', 'coordinator', 'session', 'agreement', 'privacy', 'confidential', 'break',
  'story', 'sharing', 'silence', 'questions', 'plan', 'ending', 'first session', 'hard day',
  'what to say', 'how to end a session', 'someone cries', 'too much', 'my own story',
];

const PARTIAL_WORDS = [
  'facil', 'bound', 'supervi', 'groun', 'disclos', 'tolera', 'suic', 'signpo', 'burno', 'compan',
  'agree', 'confid', 'handov', 'trauma-inf', 'recov', 'emot', 'listen', 'sil', 'co-fac', 'wellb',
];

const MISSES = [
  'xylophone', 'quantum', 'mortgage', 'football', 'spreadsheet', 'volcano', 'jazz', 'tax return',
  'boundries', 'supervison',
];

const ODD_INPUT = ['care:', '~', '+care -', '"group agreement"', 'hope*', '  safety  ', 'trust?', '(breaks)', 'q&a', '112'];

/** A fixed list of 200 queries. One without a final space is still being typed: its last word also matches as a prefix. */
export function createBenchQueries(): string[] {
  const fromTopics = LESSON_TOPICS.flatMap((topic) => [topic.title.toLowerCase(), ...topic.phrases]);
  const complete = [...fromTopics, ...GENERAL_WORDS].map((query) => `${query} `);
  const queries = [...complete, ...PARTIAL_WORDS, ...MISSES, ...ODD_INPUT];
  // Phrases typed a word at a time fill the list up to 200.
  for (let i = 0; queries.length < 200; i++) {
    const phrase = fromTopics[(i * 7) % fromTopics.length] as string;
    const words = phrase.split(' ');
    const last = (words.pop() ?? '').slice(0, 3);
    queries.push([...words, last].join(' '));
  }
  return queries.slice(0, 200);
}
