import type { PartInput } from '../../core/quiz/question-kind';
import type { Question } from '../../core/quiz/quiz-definition';
import { withoutUndefined } from '../../core/without-undefined';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { questionElementSchema } from '../schemas/quiz';
import { checkQuestionParts } from './check-question-parts';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readDeclaringElement } from './read-declaring-element';
import { readParts } from './read-parts';

/**
 * Reads one question element through its kind (see src/core/quiz/question-kind.ts), reporting
 * every problem; undefined when a problem leaves it unusable.
 */
export function readQuestion(element: JsxElementNode, context: QuizReadContext): Question | undefined {
  const kind = context.elements.kinds.byElement(element.name);
  if (!kind) return undefined;
  const { attributes, entry } = readDeclaringElement(element, questionElementSchema(kind), 'question', context);
  const { part } = kind.element;
  const read = readParts(element, part, context, entry);
  if (part) checkQuestionParts(element, part, read, context, entry);
  const data = attributes.data;
  const nodes = new Map<PartInput, JsxElementNode>(read.parts.map((readPart) => [readPart, readPart.node]));
  const fields = kind.element.read(
    { attributes: data, parts: read.parts, partsUsable: read.usable, language: context.language },
    (advice, about) => reportAt(context, (about && nodes.get(about)) ?? element, entry, advice),
  );
  if (!data || !fields) return undefined;
  const { id, prompt, hint, feedback, attempts, revealAfter, weight } = data;
  const base = withoutUndefined({ id, prompt, hint, feedback, attempts, revealAfter, weight: kind.scored ? weight : 0 });
  // The kind made `fields` for a question of its own kind: together they are one of the kinds' questions.
  return { ...base, kind: kind.name, ...fields } as Question;
}
