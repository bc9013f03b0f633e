import type { Advice } from '../mdx-elements/advice';
import { describeContent } from '../mdx-elements/container-children';
import type { MdastNode } from '../mdx-elements/mdast-node';
import { isPartElementName, isQuestionElementName, PART_OF, QUESTION_ELEMENTS } from './quiz-element-names';

const PART_HOMES: Record<string, string> = {
  Option: '`<SingleChoice>` or `<MultipleResponse>`',
  Accept: '`<FillIn>`',
  Pair: '`<Matching>`',
  Step: '`<Sequencing>`',
  Level: '`<Likert>`',
};

/** An element where it does nothing: a question outside a quiz, an option outside a question, a quiz inside a quiz. */
export function explainMisplacedElement(name: string, container: string | undefined): Advice {
  if (container === undefined) {
    const outside = isPartElementName(name) ? 'any question' : 'any `<Quiz>`';
    return {
      message: `\`<${name}>\` is outside ${outside}, so learners would never see it.`,
      hint: `Put it ${belongs(name)}.`,
    };
  }
  return {
    message: `\`<${name}>\` does not belong in \`<${container}>\`, so learners would never see it.`,
    hint: `Put it ${belongs(name)}. \`<${container}>\` holds ${holds(container)}.`,
  };
}

/** Text or markdown inside a quiz element that holds only elements (or nothing). */
export function explainStrayContent(container: string, node: MdastNode): Advice {
  return {
    message: `\`<${container}>\` holds ${describeContent(node)}, which learners would not see.`,
    hint: `\`<${container}>\` holds ${holds(container)}. ${tipFor(container)}`,
  };
}

function belongs(name: string): string {
  if (isPartElementName(name)) return `inside ${PART_HOMES[name]}`;
  if (isQuestionElementName(name)) return 'inside a `<Quiz id="…">`, directly or in a `<Bank>`';
  if (name === 'Bank' || name === 'ScoreBand') return 'directly inside a `<Quiz id="…">`';
  if (name === 'Quiz') return 'in the lesson itself, after the other quiz ends';
  return 'before or after the `<Quiz>`';
}

function holds(container: string): string {
  if (container === 'Quiz') return 'only questions, `<Bank>` and `<ScoreBand>`';
  if (container === 'Bank') return 'only questions';
  if (isQuestionElementName(container)) {
    const part = PART_OF[QUESTION_ELEMENTS[container]];
    return part ? `only \`<${part}>\` elements` : 'nothing: end it with `/>`';
  }
  if (container === 'Pair') return 'nothing: end it with `/>`';
  return 'only text';
}

function tipFor(container: string): string {
  if (container === 'Quiz' || container === 'Bank') {
    return 'Move it before or after the quiz, or into a question\'s `prompt`, `hint` or `feedback`.';
  }
  if (container === 'Pair') return 'Write the two sides as `left="…"` and `right="…"`.';
  return 'Write the question itself in `prompt="…"`, and anything else before or after the quiz.';
}
