import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import type { PartElementName } from './quiz-element-names';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import type { ReadParts } from './read-parts';

// SCORM 1.2 records each choice, pair, step or level as one character, 0–9 or a–z.
const MOST_PARTS = 36;

const WORDS: Record<PartElementName, { one: string; many: string; fewest: number; example: string }> = {
  Option: { one: 'option', many: 'options', fewest: 2, example: '`<Option>…</Option>`' },
  Accept: { one: 'accepted answer', many: 'accepted answers', fewest: 1, example: '`<Accept>…</Accept>`' },
  Pair: { one: 'pair', many: 'pairs', fewest: 2, example: '`<Pair left="…" right="…" />`' },
  Step: { one: 'step', many: 'steps', fewest: 2, example: '`<Step>…</Step>`' },
  Level: { one: 'level', many: 'levels', fewest: 2, example: '`<Level>…</Level>`' },
};

/** Enough parts to answer, few enough to record, and no id used twice in the question. */
export function checkQuestionParts<N extends PartElementName>(
  question: JsxElementNode,
  partName: N,
  read: ReadParts<N>,
  context: QuizReadContext,
  entry: string | undefined,
): void {
  const words = WORDS[partName];
  const count = read.written.length;
  const defaultLevels = partName === 'Level' && count === 0;
  if (count < words.fewest && !defaultLevels) reportAt(context, question, entry, tooFew(question.name, partName, count));
  if (count > MOST_PARTS && partName !== 'Accept') {
    reportAt(context, question, entry, {
      message: `\`<${question.name}>\` has ${count} ${words.many}, more than the ${MOST_PARTS} a learning platform can record.`,
      hint: `Keep to ${MOST_PARTS} ${words.many} or fewer (SCORM 1.2 records each as one character, 0–9 or a–z), or split the question in two.`,
    });
  }
  const firstLine = new Map<string, number | undefined>();
  for (const part of read.parts) {
    if (!firstLine.has(part.id)) {
      firstLine.set(part.id, lineOf(part.node));
      continue;
    }
    const line = firstLine.get(part.id);
    reportAt(context, part.node, entry, {
      message: `The ${words.one} id "${part.id}" is already used by the ${words.one}${line ? ` on line ${line}` : ' before it'} in this question.`,
      hint: `Give each \`<${partName}>\` its own \`id\`. One written without an \`id\` is named by its position: a, b, c….`,
    });
  }
}

function tooFew(question: string, partName: PartElementName, count: number) {
  const words = WORDS[partName];
  if (partName === 'Accept') {
    return {
      message: `\`<${question}>\` has no accepted answer, so no answer could be right.`,
      hint: `Add an answer you accept inside it as ${words.example}; add one for each other spelling you accept.`,
    };
  }
  const has = count === 0 ? `no ${words.many}` : `${count} ${count === 1 ? words.one : words.many}`;
  const levels = partName === 'Level' ? ', or remove the levels to use the default five' : '';
  return {
    message: `\`<${question}>\` has ${has}, but it needs at least ${words.fewest}.`,
    hint: `Add ${words.many} inside it, each as ${words.example}${levels}.`,
  };
}
