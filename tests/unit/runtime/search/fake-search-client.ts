import type { SearchHit } from '../../../../src/core/search/search-hit';
import type { SearchClient } from '../../../../src/runtime/search/search-client';
import type { SearchOutcome } from '../../../../src/runtime/search/search-service';

export function createHit(heading: string, url: string): SearchHit {
  return {
    courseId: 'peer',
    courseTitle: 'Peer course',
    lessonTitle: 'Listening',
    heading: [{ text: heading, marked: false }],
    url,
    snippet: [{ text: 'About ', marked: false }, { text: heading.toLowerCase(), marked: true }],
    score: 1,
  };
}

/** Records what the UI asks for and answers with whatever `answer` gives. */
export function createFakeSearchClient(answer: (query: string, offset: number) => Promise<SearchOutcome> | SearchOutcome) {
  const calls = {
    preload: [] as string[][],
    search: [] as { indexUrls: string[]; query: string; limit?: number; offset?: number }[],
  };
  const client: SearchClient = {
    preload: (indexUrls) => {
      calls.preload.push(indexUrls);
    },
    search: async (indexUrls, query, limit, offset) => {
      calls.search.push({ indexUrls, query, limit, offset });
      return answer(query, offset ?? 0);
    },
  };
  return { client, calls };
}
