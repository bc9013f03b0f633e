import { createInteractionId, type InteractionRecord } from '../scorm/interaction';
import type { QuestionBase } from './question-kind';
import { questionKinds, type AnyResponse, type QuestionKinds } from './question-kinds';

/** The LMS journal entry for one check of a question. */
export function toInteractionRecord(
  input: {
    courseId: string;
    quizId: string;
    question: QuestionBase;
    response: AnyResponse;
    correct: boolean;
    timestamp: Date;
    latencyMilliseconds?: number;
  },
  kinds: QuestionKinds = questionKinds,
): InteractionRecord {
  const { question, response } = input;
  if (response.kind !== question.kind) throw new RangeError(`A ${response.kind} response cannot answer the ${question.kind} question "${question.id}"`);
  const kind = kinds.of(question);
  const record: InteractionRecord = {
    ...kind.interaction(question, response),
    id: createInteractionId(input.courseId, input.quizId, question.id),
    // An unscored question (likert) asks how the learner feels: there is no right answer to report.
    result: !kind.scored ? 'neutral' : input.correct ? 'correct' : 'incorrect',
    timestamp: input.timestamp,
    weighting: question.weight,
    description: question.prompt,
  };
  return input.latencyMilliseconds === undefined ? record : { ...record, latencyMilliseconds: input.latencyMilliseconds };
}
