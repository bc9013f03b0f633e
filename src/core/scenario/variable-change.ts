import { NAME_PATTERN, collectResults, fail, findRepeatedNames, parseWholeNumber, splitCommaList, type ParseResult } from './author-list';
import type { VariableChange, VariableDef } from './scenario-definition';

const CHANGE = new RegExp(`^(${NAME_PATTERN})\\s*:\\s*(.*)$`);

function parseVariableChange(text: string): ParseResult<VariableChange> {
  const match = CHANGE.exec(text);
  if (match === null) {
    return fail(`"${text}" is not a variable change`, 'Write the variable, a colon and +n, -n or =n, e.g. sets="trust:+1, asked:=1".');
  }
  const [, variable, amount] = match as unknown as [string, string, string];
  const setTo = amount.startsWith('=') ? parseWholeNumber(amount.slice(1).trim()) : undefined;
  if (setTo !== undefined) return { ok: true, value: { variable, operation: 'set', value: setTo } };
  const added = /^[+-]/.test(amount) ? parseWholeNumber(amount.replace(/^([+-])\s+/, '$1')) : undefined;
  if (added !== undefined) return { ok: true, value: { variable, operation: 'add', value: added } };
  if (parseWholeNumber(amount) !== undefined) {
    return fail(`"${text}" does not say whether to add or to set`, `Write ${variable}:+${amount} to add ${amount}, or ${variable}:=${amount} to set ${variable} to ${amount}.`);
  }
  return fail(`"${text}" changes ${variable} by "${amount}", which is not a whole number`,
    'Variables hold whole numbers: write +n, -n or =n, e.g. trust:+1 (a yes/no fact is 1 for yes and 0 for no).');
}

/** Variable changes from a `sets` attribute: a comma list of `variable:+n`, `variable:-n` or `variable:=n`. */
export function parseVariableChanges(text: string): ParseResult<VariableChange[]> {
  const parsed = collectResults(splitCommaList(text).map(parseVariableChange));
  if (!parsed.ok) return parsed;
  const repeated = findRepeatedNames(parsed.value.map((change) => change.variable), 'changes', 'NAME:+2');
  return repeated.length > 0 ? { ok: false, problems: repeated } : parsed;
}

/** The value kept within the variable's declared range. */
export function clampToRange(value: number, range: Pick<VariableDef, 'min' | 'max'>): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/** One variable's value after a change, clamped to its range. */
export function applyVariableChange(change: VariableChange, value: number, range: Pick<VariableDef, 'min' | 'max'>): number {
  return clampToRange(change.operation === 'set' ? change.value : value + change.value, range);
}

/** A variable's value; one the scenario does not declare reads as 0 (the build refuses such scenarios). */
export function readVariable(variables: Readonly<Record<string, number>>, id: string): number {
  return Object.hasOwn(variables, id) ? (variables[id] as number) : 0;
}

/** The first declaration of each variable id, by id. */
export function indexVariables(declarations: readonly VariableDef[]): Map<string, VariableDef> {
  const byId = new Map<string, VariableDef>();
  for (const declaration of declarations) if (!byId.has(declaration.id)) byId.set(declaration.id, declaration);
  return byId;
}

/** Every declared variable at its initial value, clamped to its range. */
export function initialVariables(declarations: readonly VariableDef[]): Record<string, number> {
  return Object.fromEntries([...indexVariables(declarations).values()].map((variable) => [variable.id, clampToRange(variable.initial, variable)]));
}

/** New variable values after the changes, in order; changes to undeclared variables are ignored. */
export function applyVariableChanges(
  changes: readonly VariableChange[],
  variables: Readonly<Record<string, number>>,
  declarations: readonly VariableDef[],
): Record<string, number> {
  const byId = indexVariables(declarations);
  const next = { ...variables };
  for (const change of changes) {
    const declaration = byId.get(change.variable);
    if (declaration !== undefined) next[change.variable] = applyVariableChange(change, readVariable(next, change.variable), declaration);
  }
  return next;
}

/** A change as an author writes it: `trust:+1`, `trust:-1`, `asked:=1`. */
export function formatVariableChange(change: VariableChange): string {
  if (change.operation === 'set') return `${change.variable}:=${change.value}`;
  return `${change.variable}:${change.value < 0 ? '-' : '+'}${Math.abs(change.value)}`;
}
