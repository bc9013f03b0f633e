import { normaliseAnswer } from './normalise-answer';
import type { Question } from './quiz-definition';
import type { QuestionResponse } from './question-state';

type ResponseOf<K extends QuestionResponse['kind']> = Extract<QuestionResponse, { kind: K }>;

const sameIds = (first: readonly string[], second: readonly string[]) =>
  first.length === second.length && first.every((id, index) => id === second[index]);

const isPermutationOf = (order: readonly string[], ids: readonly string[]) =>
  order.length === ids.length && new Set(order).size === ids.length && order.every((id) => ids.includes(id));

function matchesByLeft(response: ResponseOf<'matching'>): Map<string, string> | undefined {
  const matches = new Map(response.matches);
  // A left matched twice is a malformed response, not a choice between two answers.
  return matches.size === response.matches.length ? matches : undefined;
}

/** Whether the learner's answer is right; a response of another kind is never right, likert never is. */
export function isResponseCorrect(question: Question, response: QuestionResponse): boolean {
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' && question.options.some((option) => option.correct && option.id === response.optionId);
    case 'multiple': {
      if (response.kind !== 'multiple') return false;
      const chosen = new Set(response.optionIds);
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      return chosen.size === correct.length && correct.every((id) => chosen.has(id));
    }
    case 'true-false':
      return response.kind === 'true-false' && response.value === question.answer;
    case 'fill-in': {
      if (response.kind !== 'fill-in') return false;
      const typed = normaliseAnswer(response.text);
      return typed !== '' && question.accepted.some((accepted) => normaliseAnswer(accepted) === typed);
    }
    case 'matching': {
      const matches = response.kind === 'matching' ? matchesByLeft(response) : undefined;
      return matches !== undefined && matches.size === question.pairs.length &&
        question.pairs.every((pair) => matches.get(pair.id) === pair.id);
    }
    case 'sequencing':
      return response.kind === 'sequencing' && sameIds(response.order, question.steps.map((step) => step.id));
    case 'likert':
      return false;
  }
}

/** Whether the answer is whole enough to check: every part given, and only ids the question has. */
export function isResponseComplete(question: Question, response: QuestionResponse | undefined): boolean {
  if (response === undefined || response.kind !== question.kind) return false;
  switch (response.kind) {
    case 'single':
      return question.kind === 'single' && question.options.some((option) => option.id === response.optionId);
    case 'multiple': {
      if (question.kind !== 'multiple') return false;
      const ids = question.options.map((option) => option.id);
      return response.optionIds.length > 0 && response.optionIds.every((id) => ids.includes(id));
    }
    case 'true-false':
      return true;
    case 'fill-in':
      // maxLength bounds the saved state, so a longer text is not checked (the field stops it anyway).
      return question.kind === 'fill-in' && normaliseAnswer(response.text) !== '' && response.text.length <= question.maxLength;
    case 'matching': {
      if (question.kind !== 'matching') return false;
      const matches = matchesByLeft(response);
      const ids = question.pairs.map((pair) => pair.id);
      return matches !== undefined && isPermutationOf([...matches.keys()], ids) &&
        [...matches.values()].every((right) => ids.includes(right));
    }
    case 'sequencing':
      return question.kind === 'sequencing' && isPermutationOf(response.order, question.steps.map((step) => step.id));
    case 'likert':
      return question.kind === 'likert' && question.scale.some((level) => level.id === response.levelId);
  }
}
