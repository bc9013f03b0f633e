// A module worker: loading and parsing an index takes tens of milliseconds for a large course, and
// on the page's main thread that would freeze typing and scrolling.
import { answerSearchRequest } from './answer-search-request';
import { createSearchService } from './search-service';
import type { SearchRequest, SearchResponse } from './worker-messages';

// The project compiles against the DOM library; a worker's global needs only these two members.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
  postMessage(message: SearchResponse): void;
}
const scope = self as unknown as WorkerScope;

const service = createSearchService(async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
  return response.json();
});

scope.addEventListener('message', (event) => {
  void answerSearchRequest(service, event.data).then((response) => scope.postMessage(response));
});
