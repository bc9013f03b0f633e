import { NAME_PATTERN, collectResults, fail, parseWholeNumber, type ParseResult } from './author-list';
import type { ComparisonOperator, Condition } from './scenario-definition';
import { readVariable } from './variable-change';

const OPERATORS: readonly string[] = ['==', '!=', '>=', '<=', '>', '<'] satisfies ComparisonOperator[];

// Operators people carry over from spreadsheets and other languages, and what they mean here.
const MEANT_OPERATOR: Readonly<Record<string, ComparisonOperator>> = { '=': '==', '===': '==', '!==': '!=', '<>': '!=', '=>': '>=', '=<': '<=' };

const CONDITION = new RegExp(`^(${NAME_PATTERN})\\s*([=!<>]+)\\s*(.*)$`);
const EXAMPLE = 'e.g. when="trust>=1 and asked-about-safety==0"';

function parseCondition(text: string): ParseResult<Condition> {
  const match = CONDITION.exec(text);
  if (match === null) {
    return fail(`"${text}" is not a condition`, `Write a variable, a comparison (==, !=, >=, <=, >, <) and a whole number, ${EXAMPLE}.`);
  }
  const [, variable, written, valueText] = match as unknown as [string, string, string, string];
  const meant = MEANT_OPERATOR[written];
  if (meant !== undefined) {
    return fail(`"${text}" uses "${written}", which is not a comparison here`, `Write ${variable}${meant}${valueText} instead.`);
  }
  if (!OPERATORS.includes(written)) {
    return fail(`"${text}" uses "${written}", which is not a comparison`, 'Compare with one of ==, !=, >=, <=, > or <.');
  }
  const value = parseWholeNumber(valueText);
  if (value === undefined) {
    return fail(`"${text}" compares ${variable} with "${valueText}", which is not a whole number`,
      'Variables hold whole numbers: compare with one, e.g. 2 (a yes/no fact is 1 for yes and 0 for no).');
  }
  return { ok: true, value: { variable, operator: written as ComparisonOperator, value } };
}

/** Conditions from a `when` attribute: comparisons joined by ` and `; empty text means always. */
export function parseConditions(text: string): ParseResult<Condition[]> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: [] };
  if (/\s(or)\s|\|\||&&|,/i.test(trimmed)) {
    return fail(`when="${trimmed}" joins conditions with something other than " and "`,
      'Join conditions with the word "and". For "either … or …", write two choices, one for each condition.');
  }
  return collectResults(trimmed.split(/\s+and\s+/i).map((part) => parseCondition(part.trim())));
}

/** Whether one condition holds for the variable's value. */
export function conditionHolds(condition: Condition, value: number): boolean {
  switch (condition.operator) {
    case '==': return value === condition.value;
    case '!=': return value !== condition.value;
    case '>=': return value >= condition.value;
    case '<=': return value <= condition.value;
    case '>': return value > condition.value;
    case '<': return value < condition.value;
  }
}

/** Whether every condition holds; a variable the scenario does not declare reads as 0. */
export function conditionsHold(conditions: readonly Condition[], variables: Readonly<Record<string, number>>): boolean {
  return conditions.every((condition) => conditionHolds(condition, readVariable(variables, condition.variable)));
}

/** A condition as an author writes it: `trust>=1`. */
export function formatCondition(condition: Condition): string {
  return `${condition.variable}${condition.operator}${condition.value}`;
}

/** Conditions as an author writes them: `trust>=1 and asked==0`. */
export function formatConditions(conditions: readonly Condition[]): string {
  return conditions.map(formatCondition).join(' and ');
}
