import type { ScormVersion } from './built-site';
import { scormNames, type FlatCmi, type LmsCall } from './lms-log';
import type { AnsweredQuestion } from './quiz-learner';
import { itemAt } from '../../support/defined';
import { asResponseIdentifier as id2004 } from './response-identifier';

/** One `cmi.interactions.n` as the LMS received it: element below `cmi.interactions.n.` → value. */
export type ReceivedInteraction = Record<string, string>;

function groupByIndex(entries: [string, string][]): ReceivedInteraction[] {
  // Sparse until every index is seen: an LMS may hold interaction 3 and not 2.
  const interactions: (ReceivedInteraction | undefined)[] = [];
  for (const [element, value] of entries) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!match) continue;
    (interactions[Number(match[1])] ??= {})[itemAt(match, 2)] = value;
  }
  return [...interactions].map((interaction) => interaction ?? {});
}

/** Every interaction the LMS accepted through SetValue, by index; the latest value of each element wins. */
export function readInteractionsSet(log: LmsCall[], version: ScormVersion): ReceivedInteraction[] {
  const setValue = scormNames[version].setValue;
  return groupByIndex(
    log
      .filter((call) => call.method === setValue && !call.refused && call.error === '0')
      .map((call): [string, string] => [itemAt(call.args, 0), itemAt(call.args, 1)]),
  );
}

/** The interactions in what the LMS persisted at its last successful commit. */
export function readStoredInteractions(stored: FlatCmi): ReceivedInteraction[] {
  // scorm-again keeps interactions in a "childArray"; its flattened form names that level.
  return groupByIndex(Object.entries(stored).map(([key, value]): [string, string] => [key.replace('.childArray.', '.'), value]));
}

const characters12 = '0123456789abcdefghijklmnopqrstuvwxyz';
const character12 = (ids: readonly string[], id: string) => characters12.charAt(ids.indexOf(id));

/** What the LMS must hold for one check: exact values, and formats for clock-dependent ones. */
export interface ExpectedInteraction {
  exact: Record<string, string>;
  formats: Record<string, RegExp>;
}

const formats: Record<ScormVersion, Record<string, RegExp>> = {
  '12': { time: /^\d{2}:\d{2}:\d{2}$/, latency: /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/ },
  '2004': { timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, latency: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/ },
};

// Written from the SCORM books, not from the course's formatters: 1.2 sends choices as single
// characters (authored position), 2004 sends ids (as identifiers every LMS accepts) with [,]
// between items and [.] inside pairs.
function responses(version: ScormVersion, answered: AnsweredQuestion): { response: string; pattern?: string } {
  const { question, response } = answered;
  const v12 = version === '12';
  const list = (ids: readonly string[], authored: readonly string[]) => (v12 ? ids.map((id) => character12(authored, id)).join(',') : ids.map(id2004).join('[,]'));
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const authored = question.options.map((option) => option.id);
      const chosen = response.kind === 'single' ? [response.optionId] : response.kind === 'multiple' ? response.optionIds : [];
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      return { response: list(authored.filter((id) => chosen.includes(id)), authored), pattern: list(correct, authored) };
    }
    case 'true-false': {
      const word = (value: boolean) => (v12 ? (value ? 't' : 'f') : String(value));
      return { response: response.kind === 'true-false' ? word(response.value) : '', pattern: word(question.answer) };
    }
    case 'fill-in':
      return { response: response.kind === 'fill-in' ? response.text : '', pattern: question.accepted[0] };
    case 'numeric': {
      // RTE 4.2.9.1: a 2004 pattern is a `min[:]max` range; 1.2 has one number only, so a range sends none.
      const { min, max } = question.range;
      const bound = (value: number | undefined) => (value === undefined ? '' : String(value));
      const pattern = v12 ? (min !== undefined && min === max ? String(min) : undefined) : `${bound(min)}[:]${bound(max)}`;
      const typed = response.kind === 'numeric' ? String(Number(response.text.replace(',', '.'))) : '';
      return pattern === undefined ? { response: typed } : { response: typed, pattern };
    }
    case 'matching': {
      const authored = question.pairs.map((pair) => pair.id);
      const pairs = (matches: readonly (readonly [string, string])[]) =>
        matches.map(([left, right]) => (v12 ? `${character12(authored, left)}.${character12(authored, right)}` : `${id2004(left)}[.]${id2004(right)}`)).join(v12 ? ',' : '[,]');
      const chosen = response.kind === 'matching' ? authored.flatMap((left) => response.matches.filter(([match]) => match === left)) : [];
      return { response: pairs(chosen), pattern: pairs(authored.map((id) => [id, id] as const)) };
    }
    case 'sequencing': {
      const authored = question.steps.map((step) => step.id);
      return { response: list(response.kind === 'sequencing' ? response.order : [], authored), pattern: list(authored, authored) };
    }
    case 'likert': {
      const levelId = response.kind === 'likert' ? response.levelId : '';
      return { response: v12 ? character12(question.scale.map((level) => level.id), levelId) : id2004(levelId) };
    }
  }
}

export function expectedInteraction(version: ScormVersion, courseId: string, answered: AnsweredQuestion): ExpectedInteraction {
  const { question, quizId, correct } = answered;
  const { response, pattern } = responses(version, answered);
  const result = question.kind === 'likert' ? 'neutral' : correct ? 'correct' : version === '12' ? 'wrong' : 'incorrect';
  const exact: Record<string, string> = {
    id: `urn:peerpath:${courseId}:${quizId}:${question.id}`,
    type: question.kind === 'single' || question.kind === 'multiple' ? 'choice' : question.kind,
    [version === '12' ? 'student_response' : 'learner_response']: response,
    result,
    weighting: String(question.weight),
  };
  if (version === '2004') exact.description = question.prompt;
  if (pattern !== undefined) exact['correct_responses.0.pattern'] = pattern;
  return { exact, formats: formats[version] };
}

/** Differences between what the LMS received and what one check should have sent; empty when they agree. */
export function describeInteractionMismatch(received: ReceivedInteraction | undefined, expected: ExpectedInteraction): string[] {
  if (!received) return ['missing'];
  const problems: string[] = [];
  const known = new Set([...Object.keys(expected.exact), ...Object.keys(expected.formats)]);
  for (const [element, value] of Object.entries(expected.exact)) {
    if (received[element] !== value) problems.push(`${element}: ${JSON.stringify(received[element])}, expected ${JSON.stringify(value)}`);
  }
  for (const [element, format] of Object.entries(expected.formats)) {
    if (!format.test(received[element] ?? '')) problems.push(`${element}: ${JSON.stringify(received[element])} does not match ${format}`);
  }
  for (const element of Object.keys(received)) {
    if (!known.has(element)) problems.push(`unexpected ${element}: ${JSON.stringify(received[element])}`);
  }
  return problems;
}
