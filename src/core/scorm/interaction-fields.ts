import { formatDecimal } from './decimal';
import type { InteractionRecord, InteractionResult, InteractionType } from './interaction';
import { formatPattern12, formatPattern2004, formatResponse12, formatResponse2004, toPlainText2004 } from './interaction-response';
import { formatSessionTime12, formatSessionTime2004 } from './session-time';
import { formatClockTime, formatTimestamp } from './timestamp';

/** One element below `cmi.interactions.<n>.` and its value, in the order an LMS must receive them. */
export type InteractionField = readonly [element: string, value: string];

const optional = (element: string, value: string | undefined): InteractionField[] =>
  value === undefined ? [] : [[element, value]];

function toType12(type: InteractionType): string | undefined {
  if (type === 'long-fill-in') return 'fill-in';
  // 1.2 has no "other"; its type element is optional, so it is left out rather than misreported.
  return type === 'other' ? undefined : type;
}

const toResult12 = (result: InteractionResult) => (result === 'incorrect' ? 'wrong' : result);

export function toInteractionFields12(record: InteractionRecord): InteractionField[] {
  const type = toType12(record.type);
  const ids = { options: record.options, targets: record.targets };
  return [
    ['id', record.id],
    ['time', formatClockTime(record.timestamp)],
    ...optional('type', type),
    ...optional('weighting', record.weighting === undefined ? undefined : formatDecimal(record.weighting)),
    ['student_response', formatResponse12(record, ids)],
    ['result', toResult12(record.result)],
    ...optional('latency', record.latencyMilliseconds === undefined ? undefined : formatSessionTime12(record.latencyMilliseconds)),
    ...optional('correct_responses.0.pattern', formatPattern12(record, ids)),
  ];
}

export function toInteractionFields2004(record: InteractionRecord): InteractionField[] {
  return [
    ['id', record.id],
    // type comes before any response: LMSs validate the response format against it.
    ['type', record.type],
    ['timestamp', formatTimestamp(record.timestamp)],
    ...optional('weighting', record.weighting === undefined ? undefined : formatDecimal(record.weighting)),
    ['learner_response', formatResponse2004(record)],
    ['result', record.result],
    ...optional('latency', record.latencyMilliseconds === undefined ? undefined : formatSessionTime2004(record.latencyMilliseconds)),
    ...optional('description', record.description === undefined ? undefined : toPlainText2004(record.description, 250)),
    ...optional('correct_responses.0.pattern', formatPattern2004(record)),
  ];
}
