import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import type { ReadPart } from './read-parts';

/** A single choice has exactly one right option; a multiple response at least one. */
export function checkCorrectOptions(
  question: JsxElementNode,
  options: readonly ReadPart<'Option'>[],
  context: QuizReadContext,
  entry: string | undefined,
): void {
  const correct = options.filter((option) => option.data.correct);
  if (correct.length === 0) {
    const which = question.name === 'SingleChoice' ? 'the right option' : 'each right option';
    reportAt(context, question, entry, {
      message: `\`<${question.name}>\` has no correct option, so no answer could be right.`,
      hint: `Mark ${which} with \`correct\`, e.g. \`<Option correct>…</Option>\`.`,
    });
  } else if (correct.length > 1 && question.name === 'SingleChoice') {
    const lines = correct.map((option) => lineOf(option.node)).filter((line) => line !== undefined);
    reportAt(context, question, entry, {
      message: `\`<SingleChoice>\` has ${correct.length} correct options${lines.length ? ` (lines ${lines.join(', ')})` : ''}, but a single choice has exactly one.`,
      hint: 'Keep `correct` on one option, or use `<MultipleResponse>` when several options are right.',
    });
  }
}

export function checkTrueFalseAnswer(
  question: JsxElementNode,
  answer: boolean | undefined,
  context: QuizReadContext,
  entry: string | undefined,
): void {
  if (answer !== undefined) return;
  reportAt(context, question, entry, {
    message: '`<TrueFalse>` has no `answer`, so no answer could be right.',
    hint: 'Add `answer={true}` if the statement in `prompt` is true, or `answer={false}` if it is false.',
  });
}

/** An accepted answer longer than the field could never be typed. */
export function checkAcceptedLengths(
  accepts: readonly ReadPart<'Accept'>[],
  maxLength: number,
  context: QuizReadContext,
  entry: string | undefined,
): void {
  for (const accept of accepts) {
    if (accept.text.length <= maxLength) continue;
    reportAt(context, accept.node, entry, {
      message: `The accepted answer is ${accept.text.length} characters long, but the answer field takes at most ${maxLength} (\`maxLength\`).`,
      hint: `Raise \`maxLength\` on the \`<FillIn>\` to at least ${accept.text.length}, or shorten the answer.`,
    });
  }
}
