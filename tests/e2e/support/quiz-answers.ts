import type { Question } from '../../../src/core/quiz/quiz-definition';
import type { QuestionResponse } from '../../../src/core/quiz/question-state';
import { itemAt } from '../../support/defined';

export type Outcome = 'right' | 'wrong';

function wrongFillIn(question: Extract<Question, { kind: 'fill-in' }>): string {
  const accepted = new Set(question.accepted.map((text) => text.trim().replace(/\s+/g, ' ').toLowerCase()));
  const candidates = [`not ${question.accepted[0] ?? ''}`, 'not sure', 'x'].map((text) => text.slice(0, question.maxLength).trim());
  const wrong = candidates.find((text) => text !== '' && !accepted.has(text.toLowerCase()));
  if (!wrong) throw new Error(`Found no wrong answer that fits fill-in "${question.id}".`);
  return wrong;
}

/** The answer the source makes right (or a plainly wrong one), in the island's response shape. */
export function planResponse(question: Question, outcome: Outcome): QuestionResponse {
  const right = outcome === 'right';
  switch (question.kind) {
    case 'single': {
      const option = question.options.find((candidate) => candidate.correct === right);
      if (!option) throw new Error(`Single choice "${question.id}" has no ${right ? 'correct' : 'incorrect'} option.`);
      return { kind: 'single', optionId: option.id };
    }
    case 'multiple': {
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      const firstWrong = question.options.find((option) => !option.correct)?.id;
      const optionIds = right ? correct : firstWrong ? [firstWrong] : correct.slice(0, -1);
      if (optionIds.length === 0) throw new Error(`Multiple response "${question.id}" has no wrong answer to give.`);
      return { kind: 'multiple', optionIds };
    }
    case 'true-false':
      return { kind: 'true-false', value: right ? question.answer : !question.answer };
    case 'fill-in':
      return { kind: 'fill-in', text: right ? itemAt(question.accepted, 0) : wrongFillIn(question) };
    case 'numeric': {
      const { min, max } = question.range;
      // Wrong: just past the top of the range, or just below its bottom when it has no top.
      return { kind: 'numeric', text: String(right ? (min ?? max ?? 0) : max === undefined ? (min ?? 0) - 1 : max + 1) };
    }
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      // Wrong: every left gets the next pair's right.
      return { kind: 'matching', matches: ids.map((id, index): [string, string] => [id, right ? id : itemAt(ids, (index + 1) % ids.length)]) };
    }
    case 'sequencing': {
      const ids = question.steps.map((step) => step.id);
      return { kind: 'sequencing', order: right ? ids : [...ids].reverse() };
    }
    case 'likert':
      // Never right or wrong: "right" picks the top level, "wrong" the bottom one, just to differ.
      return { kind: 'likert', levelId: itemAt(question.scale, right ? -1 : 0).id };
  }
}
