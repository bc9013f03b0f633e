import { describe, expect, it } from 'vitest';
import { answerSearchRequest } from '../../../../src/runtime/search/answer-search-request';
import type { SearchService } from '../../../../src/runtime/search/search-service';

const outcome = { hits: [], total: 0, failedUrls: [] };
const service: SearchService = {
  load: async (urls) => ({ failedUrls: urls.filter((url) => url.includes('missing')) }),
  search: async (_urls, query, limit, offset) => {
    if (query === 'boom') throw new Error('unexpected');
    return { ...outcome, total: (limit ?? 0) * 100 + (offset ?? 0) };
  },
};

describe('answerSearchRequest', () => {
  it('answers a load with the index files that failed', async () => {
    expect(await answerSearchRequest(service, { id: 3, type: 'load', indexUrls: ['a', 'missing'] })).toEqual({
      id: 3,
      type: 'loaded',
      failedUrls: ['missing'],
    });
  });

  it('answers a search with its outcome, under the request id, passing limit and offset on', async () => {
    expect(await answerSearchRequest(service, { id: 4, type: 'search', indexUrls: ['a'], query: 'hope', limit: 6, offset: 12 })).toEqual({
      id: 4,
      type: 'results',
      outcome: { ...outcome, total: 612 },
    });
  });

  it('turns anything unexpected into a "failed" answer instead of leaving the page waiting', async () => {
    expect(await answerSearchRequest(service, { id: 5, type: 'search', indexUrls: ['a'], query: 'boom' })).toEqual({
      id: 5,
      type: 'failed',
    });
  });
});
