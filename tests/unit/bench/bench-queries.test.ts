import { describe, expect, it } from 'vitest';
import { createBenchQueries } from '../../bench/bench-queries';

describe('createBenchQueries', () => {
  it('is a fixed list of 200 queries, with words still being typed and odd input among them', () => {
    const queries = createBenchQueries();
    expect(queries).toHaveLength(200);
    expect(createBenchQueries()).toEqual(queries);
    expect(queries.filter((query) => !query.endsWith(' ')).length).toBeGreaterThan(30);
    expect(queries).toContain('care:');
  });
});
