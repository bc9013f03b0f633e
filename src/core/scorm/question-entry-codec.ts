import { questionStateKinds, type QuestionStateKinds } from '../quiz/question-state-kinds';
import type { QuestionState } from '../quiz/question-state';
import type { CourseStateQuestion as Question } from './course-state-question';
import { readBase36 } from './base36';
import { MAX_SAVED_ATTEMPTS, PAYLOAD_HEAD_LENGTH, STATE_FLAG } from './learner-state-format';
import { stateKey } from './learner-state-key';
import { decodeResponse, encodeResponse, responseShape } from './question-response-codec';
import { encodeStateEntry } from './state-entries';

/** One saved question: key, payload length, then attempts, flags, shape and (maybe) the response body. */
export function encodeQuestionEntry(question: Question, state: QuestionState, kinds: QuestionStateKinds = questionStateKinds): string {
  const body = state.response === undefined ? undefined : encodeResponse(question, state.response, kinds);
  const flags =
    (state.correct ? STATE_FLAG.correct : 0) | (state.revealed ? STATE_FLAG.revealed : 0) | (body === undefined ? 0 : STATE_FLAG.response);
  const payload = `${toSavedAttempts(state.attempts).toString(36)}${flags.toString(36)}${responseShape(question, kinds)}${body ?? ''}`;
  return encodeStateEntry(stateKey('q', question.id), payload);
}

/**
 * Reads a payload against the question as published now. When the question's options changed
 * (shape differs) the saved positions mean nothing any more: attempts and outcome stay, the
 * response goes.
 */
export function decodeQuestionPayload(question: Question, payload: string, kinds: QuestionStateKinds = questionStateKinds): QuestionState | undefined {
  if (payload.length < PAYLOAD_HEAD_LENGTH) return undefined;
  const attempts = readBase36(payload.charAt(0));
  const flags = readBase36(payload.charAt(1));
  if (attempts === undefined || flags === undefined || flags > 7) return undefined;
  const sameShape = payload.slice(2, PAYLOAD_HEAD_LENGTH) === responseShape(question, kinds);
  const response =
    (flags & STATE_FLAG.response) !== 0 && sameShape ? decodeResponse(question, payload.slice(PAYLOAD_HEAD_LENGTH), kinds) : undefined;
  return {
    attempts,
    correct: (flags & STATE_FLAG.correct) !== 0,
    revealed: (flags & STATE_FLAG.revealed) !== 0,
    ...(response === undefined ? {} : { response }),
  };
}

function toSavedAttempts(attempts: number): number {
  return Number.isFinite(attempts) ? Math.min(MAX_SAVED_ATTEMPTS, Math.max(0, Math.floor(attempts))) : 0;
}
