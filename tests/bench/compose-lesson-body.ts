import type { LessonTopic } from './lesson-topics.ts';
import type { SeededRandom } from './seeded-random.ts';
import {
  ACTIONS, CLOSERS, GENERAL_HEADINGS, LIST_ITEMS, LIST_LEADS, OPENERS, STANDALONE, SUBJECTS,
} from './sentence-parts.ts';

export interface LessonBodyOptions {
  /** Words of prose to aim for; the body lands a little above it. */
  targetWords: number;
  /** Wrap one section in a `<ContentNote>` with these topics. */
  contentNoteTopics?: readonly string[];
}

/** Writes an MDX lesson body: an intro, 4–6 headed sections of paragraphs and lists. */
export function composeLessonBody(random: SeededRandom, topic: LessonTopic, options: LessonBodyOptions): string {
  const headings = pickHeadings(random, topic);
  const budget = Math.max(40, Math.round(options.targetWords / (headings.length + 1)));
  const noteAt = options.contentNoteTopics ? random.integer(1, headings.length - 1) : -1;
  const blocks: string[] = [composeParagraph(random, topic, budget)];

  headings.forEach((heading, position) => {
    // The first section is always `##`; later ones are sometimes `###` under the one before.
    const level = position > 0 && random.chance(0.3) ? '###' : '##';
    const section = [`${level} ${heading}`, ...composeSection(random, topic, budget)];
    if (position === noteAt && options.contentNoteTopics) {
      blocks.push(wrapInContentNote(options.contentNoteTopics, topic, section));
    } else blocks.push(...section);
  });
  return `${blocks.join('\n\n')}\n`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
}

function pickHeadings(random: SeededRandom, topic: LessonTopic): string[] {
  const count = random.integer(4, 6);
  const fromTopic = random.pickSome(topic.headings, random.integer(2, Math.min(3, count)));
  return [...fromTopic, ...random.pickSome(GENERAL_HEADINGS, count - fromTopic.length)];
}

function composeSection(random: SeededRandom, topic: LessonTopic, budget: number): string[] {
  const blocks: string[] = [];
  let words = 0;
  while (words < budget) {
    const block = blocks.length > 0 && random.chance(0.25) ? composeList(random) : composeParagraph(random, topic, Math.max(15, Math.min(45, budget - words)));
    blocks.push(block);
    words += countWords(block);
  }
  return blocks;
}

function composeParagraph(random: SeededRandom, topic: LessonTopic, budget: number): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < Math.min(budget, 90)) {
    const sentence = random.chance(0.15) ? random.pick(STANDALONE) : composeSentence(random, topic);
    sentences.push(sentence);
    words += countWords(sentence);
  }
  return sentences.join(' ');
}

function composeSentence(random: SeededRandom, topic: LessonTopic): string {
  const phrase = emphasise(random, random.pick(topic.phrases));
  const subject = random.pick(SUBJECTS);
  const action = random.pick(ACTIONS).replace('%', phrase);
  const opener = random.chance(0.5) ? random.pick(OPENERS) : '';
  const closer = random.chance(0.6) ? random.pick(CLOSERS) : '.';
  return opener ? `${opener} ${subject} ${action}${closer}` : `${capitalise(subject)} ${action}${closer}`;
}

function composeList(random: SeededRandom): string {
  const items = random.pickSome(LIST_ITEMS, random.integer(3, 5));
  const numbered = random.chance(0.3);
  const lines = items.map((item, i) => (numbered ? `${i + 1}. ${item}` : `- ${item}`));
  return `${random.pick(LIST_LEADS)}\n\n${lines.join('\n')}`;
}

function wrapInContentNote(topics: readonly string[], topic: LessonTopic, section: string[]): string {
  const why = `Facilitators meet ${topic.phrases[0]} in real groups, so the course covers it.`;
  const summary = `Go gently with ${topic.phrases[1] ?? topic.phrases[0]}, and use the safety route when unsure.`;
  const open = `<ContentNote topics={${JSON.stringify(topics)}} why="${why}" summary="${summary}">`;
  return [open, ...section, '</ContentNote>'].join('\n\n');
}

function emphasise(random: SeededRandom, phrase: string): string {
  const roll = random.next();
  if (roll < 0.06) return `**${phrase}**`;
  if (roll < 0.1) return `*${phrase}*`;
  return phrase;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
