import { createSearchWorker } from './create-search-worker';
import { createSearchClient, type SearchClient } from './search-client';

let shared: SearchClient | null = null;

/** One worker per page, shared by the header field and the search page panel. */
export function sharedSearchClient(): SearchClient {
  shared ??= createSearchClient(createSearchWorker);
  return shared;
}
