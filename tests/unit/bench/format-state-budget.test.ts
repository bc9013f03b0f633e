import { describe, expect, it } from 'vitest';
import { formatStateBudget, type StateBudgetRow } from '../../bench/format-state-budget';

const row = (course: string, worstCaseCharacters: number, extra: Partial<StateBudgetRow> = {}): StateBudgetRow => ({
  course,
  lessons: 10,
  questions: 32,
  kinds: '',
  worstCaseCharacters,
  keyClashes: [],
  ...extra,
});

describe('formatStateBudget', () => {
  it('shows each course\'s worst case as characters and a share of the limit, and says whether it fits', () => {
    const report = formatStateBudget([row('sample', 463), row('generated', 4275)], 4096);
    expect(report.split('\n')[0]).toBe('Worst-case saved state (SCORM 1.2 suspend_data, 4 096 characters)');
    expect(report).toMatch(/sample\s+10\s+32\s+463 chars\s+11\.3 %\s+fits/);
    expect(report).toMatch(/generated\s+10\s+32\s+4 275 chars\s+104\.4 %\s+OVER by 179/);
  });

  it('counts exactly the limit as fitting', () => {
    expect(formatStateBudget([row('edge', 4096)], 4096)).toMatch(/100\.0 %\s+fits/);
  });

  it('lists question kinds, clashing keys and notes under the table', () => {
    const report = formatStateBudget(
      [row('sample', 100, { kinds: '2 single', keyClashes: ['lesson a = lesson b'] })],
      4096,
      ['quiz extraction is missing'],
    );
    expect(report).toContain('  sample: 2 single');
    expect(report).toContain('  sample: state keys clash: lesson a = lesson b');
    expect(report).toContain('Note: quiz extraction is missing');
  });
});
