import { z } from 'astro/zod';
import { findClosestMatch } from '../checks/closest-match';
import { describeExpected, listInCode, type Schema } from '../checks/describe-schema';
import { describeValue } from '../checks/describe-value';
import { StableIdSchema, toStableId } from '../schemas/stable-id';

/** What is wrong and what to do, before the file, line and entry are added. */
export interface Advice {
  message: string;
  hint: string;
}

export interface AttributeIssueFacts {
  issue: z.core.$ZodIssue;
  /** The element as written, e.g. "SingleChoice". */
  element: string;
  /** The attribute the issue is about. */
  name: string;
  /** What the author wrote: text, `true` for a bare attribute, or a JSON literal. */
  value: unknown;
  /** The schema for the attribute, without its optional or default wrapper. */
  expected: Schema | undefined;
  /** All the element's attributes as written, for suggesting an id from its title or prompt. */
  written?: Record<string, unknown>;
}

// Booleans an author switches on by writing the bare attribute.
const BARE_SWITCHES = new Set(['counts', 'correct', 'shuffle']);
const SAMPLE_NUMBERS: Record<string, number> = { passMark: 80, min: 80, attempts: 2, revealAfter: 1, maxLength: 60, draw: 2 };
const MISSING_HINTS: Record<string, string> = {
  prompt: 'Add the question as learners read it: `prompt="…"`.',
  left: 'Add the item learners start from: `left="…"`.',
  right: 'Add the item that belongs with `left`: `right="…"`.',
  draw: 'Add how many of its questions each learner answers, e.g. `draw={2}`.',
  min: 'Add the lowest score (percent) the feedback is for, e.g. `min={80}`.',
};

/** One zod issue about a quiz element's attribute, told the way the author wrote it in MDX. */
export function explainAttributeIssue({ issue, element, name, value, expected, written = {} }: AttributeIssueFacts): Advice {
  const label = `The \`${name}\` of \`<${element}>\``;
  const wants = describeExpected(expected);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: `\`<${element}>\` has no \`${name}\`.`, hint: hintForMissing(name, expected, written) };
      if (issue.expected === 'int') {
        return { message: `${label} must be a whole number, but it is ${describeValue(value)}.`, hint: `Round it, e.g. \`${name}={${Math.max(1, Math.round(Number(value)))}}\`.` };
      }
      if (value === true && expected instanceof z.ZodString) {
        return { message: `${label} has no value.`, hint: `Write it with its text: ${exampleAttribute(name, expected)}.` };
      }
      return { message: `${label} must be ${wants}, but it is ${describeValue(value)}.`, hint: hintForType(name, expected, value) };
    case 'too_small':
      if (issue.origin === 'string') return { message: `${label} is empty.`, hint: `Write the text between the quotes: \`${name}="…"\`.` };
      return {
        message: `${label} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, but it is ${describeValue(value)}.`,
        hint: `Change it to ${wants} ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}.`,
      };
    case 'too_big':
      return {
        message: `${label} must be at most ${issue.maximum}, but it is ${describeValue(value)}.`,
        hint: ownMessage(issue.message) ?? `Change it to ${wants} of at most ${issue.maximum}.`,
      };
    case 'invalid_format': {
      const suggestion = typeof value === 'string' ? toStableId(value) : '';
      const tryIt = StableIdSchema.safeParse(suggestion).success ? ` Try "${suggestion}".` : '';
      return {
        message: `${label} is ${describeValue(value)}, which is not a valid id.`,
        hint: `${ownMessage(issue.message) ?? `Change it to ${wants}.`}${tryIt}`,
      };
    }
    default:
      return { message: `${label} is not valid: ${issue.message}.`, hint: `Change it to ${wants}.` };
  }
}

/** An attribute the element does not take, usually a typo. */
export function explainUnknownAttribute(element: string, name: string, known: readonly string[]): Advice {
  const close = findClosestMatch(name, known);
  return {
    message: `\`<${element}>\` has the attribute \`${name}\`, which peerpath does not know.`,
    hint: close
      ? `Did you mean \`${close}\`? Rename it.`
      : known.length === 0
        ? `Remove it: \`<${element}>\` takes no attributes.`
        : `Remove it, or use one of the attributes \`<${element}>\` takes: ${listInCode(known)}.`,
  };
}

/** `name={…}` holding code rather than a plain value: the build reads quizzes without running them. */
export function explainUnreadableAttribute(element: string, name: string, code: string, expected: Schema | undefined): Advice {
  const quoted = /^'(.*)'$/s.exec(code.trim());
  return {
    message: `The \`${name}\` of \`<${element}>\` is \`{${code}}\`, which peerpath cannot read: quiz attributes take plain values only.`,
    hint: quoted
      ? `Use double quotes: \`${name}="${quoted[1]}"\`.`
      : `Write the value itself, e.g. ${exampleAttribute(name, expected)}: a number, \`true\` or \`false\`, or text in double quotes.`,
  };
}

export function explainSpreadAttribute(element: string, code: string): Advice {
  return {
    message: `\`<${element}>\` has \`{${code}}\`, which peerpath cannot read: quiz attributes take plain values only.`,
    hint: 'Write each attribute out, e.g. `id="…"`.',
  };
}

/** The attribute as an author would write it, e.g. `passMark={80}`, `prompt="…"`. */
export function exampleAttribute(name: string, expected: Schema | undefined): string {
  if (expected === StableIdSchema) return `\`${name}="what-peer-support-is"\``;
  if (expected instanceof z.ZodNumber) return `\`${name}={${SAMPLE_NUMBERS[name] ?? 1}}\``;
  if (expected instanceof z.ZodBoolean) return BARE_SWITCHES.has(name) ? `\`${name}\`` : `\`${name}={true}\` or \`${name}={false}\``;
  return `\`${name}="…"\``;
}

function hintForMissing(name: string, expected: Schema | undefined, written: Record<string, unknown>): string {
  if (name !== 'id') return MISSING_HINTS[name] ?? `Add ${exampleAttribute(name, expected)}.`;
  const words = [written.title, written.prompt].find((text): text is string => typeof text === 'string' && text !== '');
  const suggestion = words ? toStableId(words.split(/\s+/).slice(0, 5).join(' ')) : '';
  const example = StableIdSchema.safeParse(suggestion).success ? suggestion : 'what-peer-support-is';
  return `Add an id of your own, e.g. \`id="${example}"\`. Saved progress is keyed on it, so keep it once learners have started.`;
}

function hintForType(name: string, expected: Schema | undefined, value: unknown): string {
  if (expected instanceof z.ZodNumber && typeof value === 'string') {
    const digits = /\d+/.exec(value)?.[0] ?? String(SAMPLE_NUMBERS[name] ?? 1);
    return `Write the number in curly braces, without quotes: \`${name}={${digits}}\`.`;
  }
  if (expected instanceof z.ZodBoolean) {
    return BARE_SWITCHES.has(name)
      ? `Write \`${name}\` on its own to switch it on, or leave it out.`
      : `Write \`${name}={true}\` or \`${name}={false}\`, in curly braces without quotes.`;
  }
  if (expected instanceof z.ZodString && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Write text in quotes: \`${name}="${String(value)}"\`.`;
  }
  return `Write ${exampleAttribute(name, expected)}.`;
}

/** A message written in our schemas (not zod's terse default), ending as a sentence. */
function ownMessage(message: string): string | undefined {
  if (/^(Invalid|Too (small|big)|Unrecognized)\b/.test(message)) return undefined;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
