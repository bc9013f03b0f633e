import type { QuestionResponse } from '../quiz/question-state';
import type { CourseStateQuestion as Question } from './course-state-question';

type FillInQuestion = Extract<Question, { kind: 'fill-in' }>;
import { hashString } from '../quiz/stable-hash';
import { readBase36, toBase36 } from './base36';
import { MAX_BODY_LENGTH, MAX_SAVED_CHOICES, SHAPE_LENGTH } from './learner-state-format';

// Responses are saved as authored positions, one base-36 digit each, so they stay short; the
// shape (a hash of the kind and the ids in authored order) tells a republished question whose
// options moved or changed, whose saved positions would now point at the wrong things.

/** Option, pair, step or level ids in authored order; none for true-false and fill-in. */
export function listAuthoredIds(question: Question): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => option.id);
    case 'matching':
      return question.pairs.map((pair) => pair.id);
    case 'sequencing':
      return question.steps.map((step) => step.id);
    case 'likert':
      return question.scale.map((level) => level.id);
    case 'true-false':
    case 'fill-in':
      return [];
  }
}

export function responseShape(question: Question): string {
  return toBase36(hashString(`${question.kind}:${listAuthoredIds(question).join(',')}`), SHAPE_LENGTH);
}

/** Longest fill-in text that is saved: the field's maxLength, within what one entry can hold. */
export function longestSavedText(question: FillInQuestion): number {
  return Math.max(0, Math.min(Math.floor(question.maxLength), MAX_BODY_LENGTH));
}

/** The response body, or undefined when the response does not fit the question as published (then it is not saved). */
export function encodeResponse(question: Question, response: QuestionResponse): string | undefined {
  const ids = listAuthoredIds(question);
  if (ids.length > MAX_SAVED_CHOICES) return undefined;
  const digitOf = (id: string) => (ids.includes(id) ? ids.indexOf(id).toString(36) : undefined);
  if (question.kind === 'single' && response.kind === 'single') return digitOf(response.optionId);
  if (question.kind === 'likert' && response.kind === 'likert') return digitOf(response.levelId);
  if (question.kind === 'true-false' && response.kind === 'true-false') return response.value ? 't' : 'f';
  if (question.kind === 'fill-in' && response.kind === 'fill-in') {
    return response.text.length <= longestSavedText(question) ? response.text : undefined;
  }
  if (question.kind === 'multiple' && response.kind === 'multiple') {
    if (!response.optionIds.every((id) => ids.includes(id))) return undefined;
    const chosen = new Set(response.optionIds);
    return ids.reduce((mask, id, index) => mask + (chosen.has(id) ? 2 ** index : 0), 0).toString(36);
  }
  if (question.kind === 'matching' && response.kind === 'matching') {
    const digits = ids.map(() => '-');
    for (const [left, right] of response.matches) {
      const at = ids.indexOf(left);
      const chosen = digitOf(right);
      if (at < 0 || chosen === undefined || digits[at] !== '-') return undefined;
      digits[at] = chosen;
    }
    return digits.join('');
  }
  if (question.kind === 'sequencing' && response.kind === 'sequencing') {
    const digits = response.order.map(digitOf);
    const unique = new Set(response.order).size === response.order.length;
    return unique && digits.every((digit) => digit !== undefined) ? digits.join('') : undefined;
  }
  return undefined;
}

/** Reads a body back against the current question; undefined for anything it cannot hold. */
export function decodeResponse(question: Question, body: string): QuestionResponse | undefined {
  const ids = listAuthoredIds(question);
  if (ids.length > MAX_SAVED_CHOICES) return undefined;
  const idAt = (digit: string) => {
    const index = readBase36(digit);
    return index === undefined ? undefined : ids[index];
  };
  const digits = body.split('');
  switch (question.kind) {
    case 'single': {
      const optionId = body.length === 1 ? idAt(body) : undefined;
      return optionId === undefined ? undefined : { kind: 'single', optionId };
    }
    case 'likert': {
      const levelId = body.length === 1 ? idAt(body) : undefined;
      return levelId === undefined ? undefined : { kind: 'likert', levelId };
    }
    case 'true-false':
      return body === 't' || body === 'f' ? { kind: 'true-false', value: body === 't' } : undefined;
    case 'fill-in':
      return body.length <= longestSavedText(question) ? { kind: 'fill-in', text: body } : undefined;
    case 'multiple': {
      const mask = body.length <= longestResponse(question) ? readBase36(body) : undefined;
      if (mask === undefined || mask >= 2 ** ids.length) return undefined;
      return { kind: 'multiple', optionIds: ids.filter((_, index) => Math.floor(mask / 2 ** index) % 2 === 1) };
    }
    case 'matching': {
      if (digits.length !== ids.length) return undefined;
      const matches: [string, string][] = [];
      for (const [index, digit] of digits.entries()) {
        if (digit === '-') continue;
        const right = idAt(digit);
        if (right === undefined) return undefined;
        matches.push([ids[index] as string, right]);
      }
      return { kind: 'matching', matches };
    }
    case 'sequencing': {
      const order = digits.map(idAt);
      const known = order.filter((id): id is string => id !== undefined);
      const valid = order.length <= ids.length && known.length === order.length && new Set(known).size === known.length;
      return valid ? { kind: 'sequencing', order: known } : undefined;
    }
  }
}

/** Characters of the longest body the question can save. */
export function longestResponse(question: Question): number {
  const choices = listAuthoredIds(question).length;
  if (choices > MAX_SAVED_CHOICES) return 0;
  switch (question.kind) {
    case 'single':
    case 'likert':
      return choices > 0 ? 1 : 0;
    case 'true-false':
      return 1;
    case 'fill-in':
      return longestSavedText(question);
    case 'multiple':
      return (2 ** choices - 1).toString(36).length;
    case 'matching':
    case 'sequencing':
      return choices;
  }
}
