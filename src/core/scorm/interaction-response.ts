import { formatDecimal } from './decimal';
import type { IdPair, InteractionAnswer, InteractionRecord, NumericRange } from './interaction';
import { toResponseIdentifier } from './response-identifier';

type IdLists = Pick<InteractionRecord, 'options' | 'targets'>;

// SCORM 1.2 RTE 3.4.2.7: choice, sequencing, likert and matching responses are single characters.
const CHARACTERS_12 = '0123456789abcdefghijklmnopqrstuvwxyz';

type PatternAnswer = Exclude<InteractionAnswer, { type: 'numeric' }>;

/** The author's correct answer in the same shape as a learner's, so one formatter writes both. */
function toCorrectAnswer(answer: PatternAnswer): PatternAnswer | undefined {
  if (answer.correctResponse === undefined) return undefined;
  // Same `type` and the correctResponse shares the response's type by construction of InteractionAnswer.
  return { type: answer.type, response: answer.correctResponse } as PatternAnswer;
}

/** One id as a 1.2 single character: its position in `shown` when given, else the id itself. */
export function toResponseCharacter12(id: string, shown: readonly string[] | undefined): string {
  if (shown !== undefined) {
    const index = shown.indexOf(id);
    if (index >= 0 && index < CHARACTERS_12.length) return CHARACTERS_12.charAt(index);
  } else if (id.length === 1 && CHARACTERS_12.includes(id)) {
    return id;
  }
  throw new RangeError(`Response "${id}" cannot be written as a SCORM 1.2 single character`);
}

// A performance step's answer may be a number (SCORM CMIDecimal, e.g. a dimension's points) or an id.
const DECIMAL = /^-?\d{1,5}(\.\d{1,18})?$/;
const toStepAnswer = (answer: string) => (DECIMAL.test(answer) ? answer : toResponseIdentifier(answer));
const toStep = ([step, answer]: IdPair): IdPair => [toResponseIdentifier(step), toStepAnswer(answer)];

/** Free text made safe for 2004: no `[,]` delimiter, no leading `{` (read as a language tag). */
export function toPlainText2004(text: string, maxLength: number): string {
  return text.replaceAll('[,]', ',').replace(/^\{+/, '').slice(0, maxLength);
}

/** A learner response or correct-response pattern in SCORM 1.2 syntax (comma-separated). */
export function formatResponse12(answer: InteractionAnswer, ids: IdLists = {}): string {
  const char = (id: string, shown = ids.options) => toResponseCharacter12(id, shown);
  switch (answer.type) {
    case 'true-false':
      return answer.response ? 't' : 'f';
    case 'choice':
    case 'sequencing':
      return answer.response.map((id) => char(id)).join(',');
    case 'likert':
      return char(answer.response);
    case 'matching':
      return answer.response.map(([source, target]) => `${char(source)}.${char(target, ids.targets)}`).join(',');
    case 'performance':
      return answer.response.map(toStep).map(([step, result]) => `${step}.${result}`).join(',').slice(0, 255);
    case 'numeric':
      return formatDecimal(answer.response);
    default:
      // fill-in, long-fill-in and other are all CMIFeedback in 1.2: up to 255 characters.
      return answer.response.slice(0, 255);
  }
}

/**
 * A learner response in SCORM 2004 syntax (`[,]` between items, `[.]` inside pairs). Every id in
 * it goes through toResponseIdentifier, so each kind of question gets identifiers all LMSs accept.
 */
export function formatResponse2004(answer: InteractionAnswer): string {
  switch (answer.type) {
    case 'true-false':
      return answer.response ? 'true' : 'false';
    case 'choice':
    case 'sequencing':
      return answer.response.map(toResponseIdentifier).join('[,]');
    case 'matching':
      return answer.response.map(([source, target]) => `${toResponseIdentifier(source)}[.]${toResponseIdentifier(target)}`).join('[,]');
    case 'performance':
      return answer.response.map(toStep).map(([step, result]) => `${step}[.]${result}`).join('[,]');
    case 'numeric':
      return formatDecimal(answer.response);
    case 'likert':
      return toResponseIdentifier(answer.response);
    case 'fill-in':
      return toPlainText2004(answer.response, 250);
    default:
      // long-fill-in and other hold up to 4000 characters.
      return toPlainText2004(answer.response, 4000);
  }
}

/**
 * A 1.2 correct-response pattern, when there is one. SCORM 1.2 writes a numeric pattern as one
 * CMIDecimal and has no range form (2004 added `min[:]max`): an exact answer is sent, a range is
 * not (the pattern is optional; the result still says right or wrong).
 */
export function formatPattern12(answer: InteractionAnswer, ids: IdLists = {}): string | undefined {
  if (answer.type === 'numeric') {
    const exact = exactNumber(answer.correctResponse);
    return exact === undefined ? undefined : formatDecimal(exact);
  }
  const correct = toCorrectAnswer(answer);
  return correct && formatResponse12(correct, ids);
}

/** A 2004 correct-response pattern, when there is one: as a response, except numeric, which is a `min[:]max` range (RTE 4.2.9.1). */
export function formatPattern2004(answer: InteractionAnswer): string | undefined {
  if (answer.type === 'numeric') {
    const range = answer.correctResponse;
    if (range === undefined) return undefined;
    const bound = (value: number | undefined) => (value === undefined ? '' : formatDecimal(value));
    return `${bound(range.min)}[:]${bound(range.max)}`;
  }
  const correct = toCorrectAnswer(answer);
  return correct && formatResponse2004(correct);
}

function exactNumber(range: NumericRange | undefined): number | undefined {
  return range?.min !== undefined && range.min === range.max ? range.min : undefined;
}
