import type { QuizDefinition, QuizItem, ScoreBand } from '../../core/quiz/quiz-definition';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { QuizElementSchema, ScoreBandElementSchema } from '../schemas/quiz';
import { reportAt, type QuizReadContext } from './quiz-read-context';
import { readBank } from './read-bank';
import { readDeclaringElement } from './read-declaring-element';
import { readElementAttributes } from './read-element-attributes';
import { readElementText } from './read-element-text';
import { readQuestion } from './read-question';
import { visitContainer } from './visit-container';

/** Reads one `<Quiz>` with everything inside it; undefined when a problem leaves it unusable. */
export function readQuiz(element: JsxElementNode, context: QuizReadContext): QuizDefinition | undefined {
  const { attributes, entry } = readDeclaringElement(element, QuizElementSchema, 'quiz', context);
  const items: QuizItem[] = [];
  const bands: ScoreBand[] = [];
  let questionsWritten = 0;
  let unreadableChildren = 0;
  visitContainer(element, [...context.elements.questions, 'Bank', 'ScoreBand'], context, entry, (child) => {
    let item: QuizItem | ScoreBand | undefined;
    if (child.name === 'ScoreBand') {
      item = readScoreBand(child, context, entry);
      if (item) bands.push(item);
    } else {
      questionsWritten += 1;
      item = child.name === 'Bank' ? readBank(child, context) : readQuestion(child, context);
      if (item) items.push(item);
    }
    if (!item) unreadableChildren += 1;
  });
  if (questionsWritten === 0) {
    reportAt(context, element, entry, {
      message: '`<Quiz>` has no questions.',
      hint: 'Add questions inside it, e.g. `<SingleChoice id="…" prompt="…">` with an `<Option>` for each answer.',
    });
  }
  if (!attributes.data || unreadableChildren > 0 || questionsWritten === 0) return undefined;
  const { id, title, counts, passMark } = attributes.data;
  return { id, lessonId: context.lessonId, ...(title === undefined ? {} : { title }), counts, ...(passMark === undefined ? {} : { passMark }), items, bands };
}

function readScoreBand(element: JsxElementNode, context: QuizReadContext, entry: string | undefined): ScoreBand | undefined {
  const attributes = readElementAttributes(element, ScoreBandElementSchema, context);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  const text = readElementText(element, context, entry);
  if (!attributes.data || text === undefined) return undefined;
  return { min: attributes.data.min, text };
}
