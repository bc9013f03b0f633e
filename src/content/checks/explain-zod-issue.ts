import { z } from 'astro/zod';
import { findClosestMatch } from '../../core/text/closest-match';
import { describeExpected, fieldNamesOf, listInCode, type Schema } from './describe-schema';
import { describeValue } from './describe-value';
import { StableIdSchema, toStableId } from '../schemas/stable-id';

export interface IssueFacts {
  issue: z.core.$ZodIssue;
  /** What the author wrote at the issue's path. */
  value: unknown;
  /** The schema for the value at the issue's path. */
  expected: Schema | undefined;
  /** The field as the author reads it, e.g. "Field `title`" or "`objectives` item 2". */
  label: string;
  /** The last key of the path, used in examples like `title: …`; a number for list items. */
  key: PropertyKey | undefined;
}

/** One zod issue in an author's words: what is wrong with the field, and what to write instead. */
export function explainZodIssue(facts: IssueFacts): { message: string; hint: string } {
  const { issue, value, expected, label, key } = facts;
  const wants = describeExpected(expected);
  const written = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        const layout = expected instanceof z.ZodArray ? ', one item per line starting with `- `' : '';
        return { message: `${label} is missing.`, hint: `Add \`${String(key)}:\` followed by ${wants}${layout}.` };
      }
      if (value === null) return { message: `${label} is empty.`, hint: writeHere(key, wants) };
      return { message: `${label} must be ${wants}, but it is ${written}.`, hint: hintForType(expected, key, value, wants) };
    case 'invalid_value': {
      const options = issue.values.map(String);
      // Language names start with their code ("english", "dansk"), so a prefix is a good guess too.
      const close =
        typeof value === 'string'
          ? (findClosestMatch(value, options) ?? options.find((option) => value.toLowerCase().startsWith(option.toLowerCase())))
          : undefined;
      return {
        message: `${label} must be ${describeExpected(expected)}, but it is ${written}.`,
        hint: close
          ? `Did you mean \`${close}\`? Write \`${String(key)}: ${close}\`.`
          : `Write one of them, e.g. \`${String(key)}: ${options[0]}\`.`,
      };
    }
    case 'invalid_format': {
      const kind = expected === StableIdSchema ? 'id' : typeof key === 'string' ? key : 'value';
      return { message: `${label} is ${written}, which is not a valid ${kind}.`, hint: hintForFormat(issue.message, expected, value, wants) };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { message: `${label} is empty.`, hint: writeHere(key, wants) };
      const { minimum, inclusive } = issue;
      if (issue.origin === 'array') {
        return { message: `${label} is an empty list.`, hint: `List at least ${minimum} item${minimum === 1 ? '' : 's'}.` };
      }
      return {
        message: `${label} must be ${inclusive ? 'at least' : 'more than'} ${minimum}, but it is ${written}.`,
        hint: `Change it to ${wants} ${inclusive ? 'of at least' : 'above'} ${minimum}.`,
      };
    }
    case 'too_big': {
      const unit = issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ' items long' : '';
      const size = issue.origin === 'string' || issue.origin === 'array' ? String((value as { length: number }).length) : written;
      return {
        message: `${label} must be at most ${issue.maximum}${unit}, but it is ${size}${unit}.`,
        hint: schemaMessage(issue.message) ?? `Change it to ${wants} of at most ${issue.maximum}.`,
      };
    }
    default:
      return { message: `${label} is not valid: ${issue.message}.`, hint: `Change it to ${wants}.` };
  }
}

/** An unknown field, usually a typo: suggest the field the author probably meant. */
export function explainUnknownField(label: string, key: string, parent: Schema | undefined): { message: string; hint: string } {
  const known = fieldNamesOf(parent) ?? [];
  const close = findClosestMatch(key, known);
  return {
    message: `${label} is not a field peerpath knows.`,
    hint: close
      ? `Did you mean \`${close}\`? Rename it, or delete the line.`
      : `Delete the line, or use one of the fields that go here: ${listInCode(known)}.`,
  };
}

function writeHere(key: PropertyKey | undefined, wants: string): string {
  return typeof key === 'number'
    ? `Write ${wants} after the \`-\`, or delete the empty item.`
    : `Write ${wants} after \`${String(key)}:\`.`;
}

function hintForType(expected: Schema | undefined, key: PropertyKey | undefined, value: unknown, wants: string): string {
  const name = String(key);
  if (expected instanceof z.ZodNumber && typeof value === 'string') {
    const digits = /\d+/.exec(value)?.[0] ?? '10';
    return `Write the number without quotes or words, e.g. \`${name}: ${digits}\`.`;
  }
  if (expected instanceof z.ZodNumber && typeof value === 'number') {
    return `Round it to a whole number, e.g. \`${name}: ${Math.max(1, Math.round(value))}\`.`;
  }
  if (expected instanceof z.ZodString && typeof value !== 'object') {
    return typeof key === 'number'
      ? 'Put the item in quotes so it is read as text.'
      : `Put the value in quotes so it is read as text, exactly as you typed it: \`${name}: "…"\`.`;
  }
  if (expected instanceof z.ZodArray && typeof value === 'string') {
    const example = /^[^,[\]{}:#"']+$/.test(value) ? `\`${name}: [${value}]\`` : `\`${name}: [First, Second]\``;
    return `Write a list: one item per line, each starting with \`- \`, or in square brackets, e.g. ${example}.`;
  }
  if (expected instanceof z.ZodBoolean) return `Write \`${name}: true\` or \`${name}: false\`, without quotes.`;
  if (expected instanceof z.ZodObject) return `Write each field on its own line under \`${name}:\`, indented by two spaces.`;
  return `Change it to ${wants}.`;
}

function hintForFormat(message: string, expected: Schema | undefined, value: unknown, wants: string): string {
  const rule = schemaMessage(message) ?? `Change it to ${wants}.`;
  if (expected !== StableIdSchema || typeof value !== 'string') return rule;
  const suggestion = toStableId(value);
  return StableIdSchema.safeParse(suggestion).success ? `${rule} Try "${suggestion}".` : rule;
}

/** A message written in our schemas (not zod's terse default), ending as a sentence. */
function schemaMessage(message: string): string | undefined {
  if (/^(Invalid|Too (small|big)|Unrecognized)\b/.test(message)) return undefined;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
