import { createInteractionId, type InteractionAnswer, type InteractionRecord } from '../scorm/interaction';
import type { ChoiceOption, Question } from './quiz-definition';
import type { QuestionResponse } from './question-state';

type AnswerWithIds = InteractionAnswer & Pick<InteractionRecord, 'options' | 'targets'>;

function mismatch(question: Question, response: QuestionResponse): never {
  throw new RangeError(`A ${response.kind} response cannot answer the ${question.kind} question "${question.id}"`);
}

// Ids are listed in authored order so the SCORM 1.2 single-character form of an answer means
// the same option for every learner, whatever order their screen showed.
function toChoiceAnswer(options: readonly ChoiceOption[], chosenIds: readonly string[]): AnswerWithIds {
  const ids = options.map((option) => option.id);
  return {
    type: 'choice',
    response: ids.filter((id) => chosenIds.includes(id)),
    correctResponse: options.filter((option) => option.correct).map((option) => option.id),
    options: ids,
  };
}

function toInteractionAnswer(question: Question, response: QuestionResponse): AnswerWithIds {
  switch (question.kind) {
    case 'single':
      if (response.kind !== 'single') mismatch(question, response);
      return toChoiceAnswer(question.options, [response.optionId]);
    case 'multiple':
      if (response.kind !== 'multiple') mismatch(question, response);
      return toChoiceAnswer(question.options, response.optionIds);
    case 'true-false':
      if (response.kind !== 'true-false') mismatch(question, response);
      return { type: 'true-false', response: response.value, correctResponse: question.answer };
    case 'fill-in': {
      if (response.kind !== 'fill-in') mismatch(question, response);
      const [pattern] = question.accepted;
      return pattern === undefined ? { type: 'fill-in', response: response.text } : { type: 'fill-in', response: response.text, correctResponse: pattern };
    }
    case 'matching': {
      if (response.kind !== 'matching') mismatch(question, response);
      const matches = new Map(response.matches);
      const ids = question.pairs.map((pair) => pair.id);
      return {
        type: 'matching',
        response: ids.flatMap((left): [string, string][] => {
          const right = matches.get(left);
          return right === undefined ? [] : [[left, right]];
        }),
        correctResponse: ids.map((id): [string, string] => [id, id]),
        options: ids,
        targets: ids,
      };
    }
    case 'sequencing': {
      if (response.kind !== 'sequencing') mismatch(question, response);
      const options = question.steps.map((step) => step.id);
      return { type: 'sequencing', response: response.order, correctResponse: options, options };
    }
    case 'likert':
      if (response.kind !== 'likert') mismatch(question, response);
      return { type: 'likert', response: response.levelId, options: question.scale.map((level) => level.id) };
  }
}

/** The LMS journal entry for one check of a question. */
export function toInteractionRecord(input: {
  courseId: string;
  quizId: string;
  question: Question;
  response: QuestionResponse;
  correct: boolean;
  timestamp: Date;
  latencyMilliseconds?: number;
}): InteractionRecord {
  const { question } = input;
  const record: InteractionRecord = {
    ...toInteractionAnswer(question, input.response),
    id: createInteractionId(input.courseId, input.quizId, question.id),
    // Likert asks how the learner feels: there is no right answer to report.
    result: question.kind === 'likert' ? 'neutral' : input.correct ? 'correct' : 'incorrect',
    timestamp: input.timestamp,
    weighting: question.weight,
    description: question.prompt,
  };
  return input.latencyMilliseconds === undefined ? record : { ...record, latencyMilliseconds: input.latencyMilliseconds };
}
