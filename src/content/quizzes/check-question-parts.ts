import type { AuthorAdvice, PartDeclaration } from '../../core/quiz/question-kind';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import type { ReadParts } from './read-parts';

/** Enough parts to answer, few enough to record, and no id used twice in the question. */
export function checkQuestionParts(question: JsxElementNode, part: PartDeclaration, read: ReadParts, context: QuizReadContext, entry: string | undefined): void {
  const count = read.written.length;
  const defaulted = count === 0 && part.noneMeansDefault !== undefined;
  if (count < part.fewest && !defaulted) reportAt(context, question, entry, part.tooFew ? part.tooFew(question.name, count) : tooFew(question.name, count, part));
  if (part.most !== undefined && count > part.most) {
    reportAt(context, question, entry, {
      message: `\`<${question.name}>\` has ${count} ${part.many}, more than the ${part.most} a learning platform can record.`,
      hint: `Keep to ${part.most} ${part.many} or fewer (SCORM 1.2 records each as one character, 0–9 or a–z), or split the question in two.`,
    });
  }
  const firstLine = new Map<string, number | undefined>();
  for (const written of read.parts) {
    if (!firstLine.has(written.id)) {
      firstLine.set(written.id, written.line);
      continue;
    }
    const line = firstLine.get(written.id);
    reportAt(context, written.node, entry, {
      message: `The ${part.one} id "${written.id}" is already used by the ${part.one}${line ? ` on line ${line}` : ' before it'} in this question.`,
      hint: `Give each \`<${part.name}>\` its own \`id\`. One written without an \`id\` is named by its position: a, b, c….`,
    });
  }
}

function tooFew(question: string, count: number, part: PartDeclaration): AuthorAdvice {
  const has = count === 0 ? `no ${part.many}` : `${count} ${count === 1 ? part.one : part.many}`;
  const orDefault = part.noneMeansDefault === undefined ? '' : `, or ${part.noneMeansDefault}`;
  return {
    message: `\`<${question}>\` has ${has}, but it needs at least ${part.fewest}.`,
    hint: `Add ${part.many} inside it, each as ${part.example}${orDefault}.`,
  };
}
