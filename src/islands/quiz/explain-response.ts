import type { ChoiceOption, Question } from '../../core/quiz/quiz-definition';
import type { QuestionResponse } from '../../core/quiz/question-state';
import { fillLabel, type QuizLabels } from './quiz-labels';

/** One piece of feedback about the learner's answer: what it is about, and the author's words. */
export interface ResponseExplanation {
  key: string;
  about?: string;
  text: string;
}

function aboutChoices(options: readonly ChoiceOption[], chosenIds: readonly string[], labels: QuizLabels): ResponseExplanation[] {
  return options
    .filter((option) => chosenIds.includes(option.id) && option.feedback)
    .map((option) => ({ key: option.id, about: fillLabel(labels['quiz.aboutChoice'], { choice: option.text }), text: option.feedback ?? '' }));
}

/**
 * Feedback tied to what the learner chose: the author's words for each chosen option, or how many
 * matches or steps already fit. General feedback is shown separately.
 */
export function explainResponse(question: Question, response: QuestionResponse, correct: boolean, labels: QuizLabels): ResponseExplanation[] {
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' ? aboutChoices(question.options, [response.optionId], labels) : [];
    case 'multiple':
      return response.kind === 'multiple' ? aboutChoices(question.options, response.optionIds, labels) : [];
    case 'true-false': {
      if (response.kind !== 'true-false') return [];
      const text = response.value ? question.trueFeedback : question.falseFeedback;
      const choice = labels[response.value ? 'quiz.true' : 'quiz.false'];
      return text ? [{ key: String(response.value), about: fillLabel(labels['quiz.aboutChoice'], { choice }), text }] : [];
    }
    case 'matching': {
      if (response.kind !== 'matching' || correct) return [];
      const fitting = response.matches.filter(([left, right]) => left === right).length;
      return [{ key: 'count', text: fillLabel(labels['quiz.matchesFit'], { count: fitting, total: question.pairs.length }) }];
    }
    case 'sequencing': {
      if (response.kind !== 'sequencing' || correct) return [];
      const inPlace = response.order.filter((id, index) => question.steps[index]?.id === id).length;
      return [{ key: 'count', text: fillLabel(labels['quiz.stepsInPlace'], { count: inPlace, total: question.steps.length }) }];
    }
    default:
      return [];
  }
}
