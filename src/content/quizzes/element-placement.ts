import type { Advice } from '../mdx-elements/advice';
import { describeContent } from '../mdx-elements/container-children';
import type { MdastNode } from '../mdx-elements/mdast-node';
import type { ContainerAdvice } from '../mdx-elements/visit-container-children';
import type { QuizElements } from './quiz-elements';

/** Explains quiz elements written where they do nothing; a lesson's top level is no container. */
export interface QuizPlacement extends ContainerAdvice {
  misplaced: (name: string, container: string | undefined) => Advice;
}

/** How quiz elements explain what is written where it does nothing, for the question kinds at hand. */
export function createQuizPlacement(elements: QuizElements): QuizPlacement {
  const belongs = (name: string): string => {
    const homes = elements.partHomes.get(name);
    if (homes) return `inside ${orList(homes.map((home) => `\`<${home}>\``))}`;
    if (elements.questions.includes(name)) return 'inside a `<Quiz id="…">`, directly or in a `<Bank>`';
    if (name === 'Bank' || name === 'ScoreBand') return 'directly inside a `<Quiz id="…">`';
    if (name === 'Quiz') return 'in the lesson itself, after the other quiz ends';
    return 'before or after the `<Quiz>`';
  };
  const holds = (container: string): string => {
    if (container === 'Quiz') return 'only questions, `<Bank>` and `<ScoreBand>`';
    if (container === 'Bank') return 'only questions';
    const kind = elements.kinds.byElement(container);
    if (kind) return kind.element.part ? `only \`<${kind.element.part.name}>\` elements` : 'nothing: end it with `/>`';
    const part = elements.parts.get(container);
    return part && part.text === undefined ? 'nothing: end it with `/>`' : 'only text';
  };
  const tipFor = (container: string): string => {
    if (container === 'Quiz' || container === 'Bank') {
      return 'Move it before or after the quiz, or into a question\'s `prompt`, `hint` or `feedback`.';
    }
    const part = elements.parts.get(container);
    if (part?.text === undefined && part?.strayTip) return part.strayTip;
    return 'Write the question itself in `prompt="…"`, and anything else before or after the quiz.';
  };
  return {
    /** An element where it does nothing: a question outside a quiz, an option outside a question, a quiz inside a quiz. */
    misplaced(name, container) {
      if (container === undefined) {
        const outside = elements.partHomes.has(name) ? 'any question' : 'any `<Quiz>`';
        return { message: `\`<${name}>\` is outside ${outside}, so learners would never see it.`, hint: `Put it ${belongs(name)}.` };
      }
      return {
        message: `\`<${name}>\` does not belong in \`<${container}>\`, so learners would never see it.`,
        hint: `Put it ${belongs(name)}. \`<${container}>\` holds ${holds(container)}.`,
      };
    },
    /** Text or markdown inside a quiz element that holds only elements (or nothing). */
    stray: (container: string, node: MdastNode) => ({
      message: `\`<${container}>\` holds ${describeContent(node)}, which learners would not see.`,
      hint: `\`<${container}>\` holds ${holds(container)}. ${tipFor(container)}`,
    }),
  };
}

/** "`<A>`", "`<A>` or `<B>`", "`<A>`, `<B>` or `<C>`". */
function orList(items: readonly string[]): string {
  const last = items.at(-1) ?? '';
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${last}` : last;
}
