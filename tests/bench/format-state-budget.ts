import { formatCount, formatTable } from './format-units.ts';

export interface StateBudgetRow {
  course: string;
  lessons: number;
  questions: number;
  /** e.g. "29 single, 29 multiple, …". */
  kinds: string;
  worstCaseCharacters: number;
  /** Ids whose state keys clash (the build refuses these), as "lesson a = lesson b". */
  keyClashes: string[];
}

export const STATE_BUDGET_TITLE = 'Worst-case saved state (SCORM 1.2 suspend_data, 4 096 characters)';

/** One row per course: worst-case characters, share of the limit, and whether it fits. */
export function formatStateBudget(rows: readonly StateBudgetRow[], limit: number, notes: readonly string[] = []): string {
  const table = formatTable([
    ['Course', 'lessons', 'questions', 'worst case', `% of ${formatCount(limit)}`, ''],
    ...rows.map((row) => [
      row.course,
      formatCount(row.lessons),
      formatCount(row.questions),
      `${formatCount(row.worstCaseCharacters)} chars`,
      `${((100 * row.worstCaseCharacters) / limit).toFixed(1)} %`,
      row.worstCaseCharacters <= limit ? 'fits' : `OVER by ${formatCount(row.worstCaseCharacters - limit)}`,
    ]),
  ]);
  const details = rows.flatMap((row) => [
    ...(row.kinds ? [`  ${row.course}: ${row.kinds}`] : []),
    ...row.keyClashes.map((clash) => `  ${row.course}: state keys clash: ${clash}`),
  ]);
  return [
    STATE_BUDGET_TITLE,
    'Every lesson visited, every question answered with its longest response (fill-ins at their maxLength).',
    '',
    table,
    ...(details.length > 0 ? ['', ...details] : []),
    ...notes.map((note) => `Note: ${note}`),
  ].join('\n');
}
