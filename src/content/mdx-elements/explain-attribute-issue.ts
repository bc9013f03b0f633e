import { z } from 'astro/zod';
import { findClosestMatch } from '../../core/text/closest-match';
import { describeExpected, listInCode, type Schema } from '../checks/describe-schema';
import { describeValue } from '../checks/describe-value';
import { StableIdSchema, toStableId } from '../schemas/stable-id';
import type { Advice } from './advice';
import type { AttributeWords } from './attribute-words';

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

/** One zod issue about an element's attribute, told the way the author wrote it in MDX. */
export function explainAttributeIssue(facts: AttributeIssueFacts, words: AttributeWords): Advice {
  const { issue, element, name, value, expected, written = {} } = facts;
  const label = `The \`${name}\` of \`<${element}>\``;
  const wants = describeExpected(expected);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: `\`<${element}>\` has no \`${name}\`.`, hint: hintForMissing(element, name, expected, written, words) };
      if (issue.expected === 'int') {
        return { message: `${label} must be a whole number, but it is ${describeValue(value)}.`, hint: `Round it, e.g. \`${name}={${Math.max(1, Math.round(Number(value)))}}\`.` };
      }
      if (value === true && expected instanceof z.ZodString) {
        return { message: `${label} has no value.`, hint: `Write it with its text: ${exampleAttribute(name, expected, words)}.` };
      }
      return { message: `${label} must be ${wants}, but it is ${describeValue(value)}.`, hint: hintForType(name, expected, value, words) };
    case 'invalid_value': {
      const options = issue.values.map(String);
      const close = typeof value === 'string' ? findClosestMatch(value, options) : undefined;
      return {
        message: `${label} must be ${wants}, but it is ${describeValue(value)}.`,
        hint: close ? `Did you mean \`${close}\`? Write \`${name}="${close}"\`.` : `Write one of them, e.g. \`${name}="${options[0] ?? '…'}"\`.`,
      };
    }
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
      const tryIt = expected === StableIdSchema && StableIdSchema.safeParse(suggestion).success ? ` Try "${suggestion}".` : '';
      return {
        message: `${label} is ${describeValue(value)}, which is not a valid ${expected === StableIdSchema ? 'id' : 'name'}.`,
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

/** `name={…}` holding code rather than a plain value: the build reads the lesson without running it. */
export function explainUnreadableAttribute(element: string, name: string, code: string, expected: Schema | undefined, words: AttributeWords): Advice {
  const quoted = /^'(.*)'$/s.exec(code.trim());
  return {
    message: `The \`${name}\` of \`<${element}>\` is \`{${code}}\`, which peerpath cannot read: ${words.noun} attributes take plain values only.`,
    hint: quoted
      ? `Use double quotes: \`${name}="${quoted[1]}"\`.`
      : `Write the value itself, e.g. ${exampleAttribute(name, expected, words)}: a number, \`true\` or \`false\`, or text in double quotes.`,
  };
}

export function explainSpreadAttribute(element: string, code: string, words: AttributeWords): Advice {
  return {
    message: `\`<${element}>\` has \`{${code}}\`, which peerpath cannot read: ${words.noun} attributes take plain values only.`,
    hint: 'Write each attribute out, e.g. `id="…"`.',
  };
}

/** The attribute as an author would write it, e.g. `passMark={80}`, `prompt="…"`. */
export function exampleAttribute(name: string, expected: Schema | undefined, words: AttributeWords): string {
  if (expected === StableIdSchema) return `\`${name}="${words.idExample}"\``;
  if (expected instanceof z.ZodNumber) return `\`${name}={${words.sampleNumbers[name] ?? 1}}\``;
  if (expected instanceof z.ZodBoolean) return words.switches.has(name) ? `\`${name}\`` : `\`${name}={true}\` or \`${name}={false}\``;
  if (expected instanceof z.ZodEnum) return `\`${name}="${String(expected.options[0])}"\``;
  return `\`${name}="…"\``;
}

function hintForMissing(element: string, name: string, expected: Schema | undefined, written: Record<string, unknown>, words: AttributeWords): string {
  if (name !== 'id') return words.missingHints[name] ?? `Add ${exampleAttribute(name, expected, words)}.`;
  const text = words.idFrom.map((field) => written[field]).find((value): value is string => typeof value === 'string' && value !== '');
  const suggestion = text ? toStableId(text.split(/\s+/).slice(0, 5).join(' ')) : '';
  const example = StableIdSchema.safeParse(suggestion).success ? suggestion : words.idExample;
  return `Add an id of your own, e.g. \`id="${example}"\`. ${words.idNote(element)}`;
}

function hintForType(name: string, expected: Schema | undefined, value: unknown, words: AttributeWords): string {
  if (expected instanceof z.ZodNumber && typeof value === 'string') {
    const digits = /-?\d+/.exec(value)?.[0] ?? String(words.sampleNumbers[name] ?? 1);
    return `Write the number in curly braces, without quotes: \`${name}={${digits}}\`.`;
  }
  if (expected instanceof z.ZodBoolean) {
    return words.switches.has(name)
      ? `Write \`${name}\` on its own to switch it on, or leave it out.`
      : `Write \`${name}={true}\` or \`${name}={false}\`, in curly braces without quotes.`;
  }
  if (expected instanceof z.ZodString && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Write text in quotes: \`${name}="${String(value)}"\`.`;
  }
  return `Write ${exampleAttribute(name, expected, words)}.`;
}

/** A message written in our schemas (not zod's terse default), ending as a sentence. */
function ownMessage(message: string): string | undefined {
  if (/^(Invalid|Too (small|big)|Unrecognized)\b/.test(message)) return undefined;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
