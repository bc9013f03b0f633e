import type { SearchOutcome } from './search-service';

/** What the page asks the search worker. Index URLs are absolute: the worker's own URL is no base. */
export type SearchRequest =
  | { id: number; type: 'load'; indexUrls: string[] }
  | { id: number; type: 'search'; indexUrls: string[]; query: string; limit?: number; offset?: number };

export type SearchResponse =
  | { id: number; type: 'loaded'; failedUrls: string[] }
  | { id: number; type: 'results'; outcome: SearchOutcome }
  | { id: number; type: 'failed' };
