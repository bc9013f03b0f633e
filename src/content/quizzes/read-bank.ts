import type { Question, QuestionBank } from '../../core/quiz/quiz-definition';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { BankElementSchema } from '../schemas/quiz';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readDeclaringElement } from './read-declaring-element';
import { readQuestion } from './read-question';
import { visitContainer } from './visit-container';

/** Reads a `<Bank>` and its questions; undefined when a problem leaves it unusable. */
export function readBank(element: JsxElementNode, context: QuizReadContext): QuestionBank | undefined {
  const { attributes, entry } = readDeclaringElement(element, BankElementSchema, 'bank', context);
  const questions: Question[] = [];
  let written = 0;
  let unreadableChildren = 0;
  visitContainer(element, context.elements.questions, context, entry, (child) => {
    written += 1;
    const question = readQuestion(child, context);
    if (question) questions.push(question);
    else unreadableChildren += 1;
  });
  const draw = attributes.data?.draw;
  if (draw !== undefined && draw < 1) {
    reportAt(context, element, entry, {
      message: `The \`draw\` of \`<Bank>\` must be at least 1, but it is ${draw}.`,
      hint: 'Write how many of the bank\'s questions each learner answers, e.g. `draw={2}`.',
    });
  } else if (draw !== undefined && draw > written) {
    reportAt(context, element, entry, {
      message: `\`<Bank>\` draws ${draw} question${draw === 1 ? '' : 's'} for each learner, but holds ${written === 0 ? 'none' : `only ${written}`}.`,
      hint: written === 0 ? 'Add questions inside the bank.' : `Lower \`draw\` to ${written} or fewer, or add questions to the bank.`,
    });
  }
  if (!attributes.data || unreadableChildren > 0 || draw === undefined || draw < 1 || draw > written) return undefined;
  return { kind: 'bank', id: attributes.data.id, draw: attributes.data.draw, questions };
}
