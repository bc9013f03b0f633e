import type { SearchOutcome } from './search-service';
import type { SearchRequest, SearchResponse } from './worker-messages';

/** The part of a Worker the client uses, so tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

export interface SearchClient {
  /** Starts fetching and parsing the indexes, e.g. when the search field gets focus. */
  preload(indexUrls: string[]): void;
  /** Rejects when no worker can run (then search cannot work on this page). */
  search(indexUrls: string[], query: string, limit?: number, offset?: number): Promise<SearchOutcome>;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type RequestBody = WithoutId<SearchRequest>;
type Pending = { resolve: (response: SearchResponse) => void; reject: (reason: Error) => void };

/** Talks to the search worker, starting it on first use only: pages that never search never load lunr. */
export function createSearchClient(startWorker: () => WorkerLike): SearchClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = () => {
    worker?.terminate();
    worker = null;
    for (const request of pending.values()) request.reject(new Error('The search worker stopped.'));
    pending.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker !== null) return worker;
    const started = startWorker();
    started.addEventListener('message', (event) => {
      const request = pending.get(event.data.id);
      pending.delete(event.data.id);
      request?.resolve(event.data);
    });
    started.addEventListener('error', failAll);
    started.addEventListener('messageerror', failAll);
    worker = started;
    return started;
  };

  const send = (request: RequestBody): Promise<SearchResponse> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      try {
        const target = ensureWorker();
        pending.set(id, { resolve, reject });
        target.postMessage({ ...request, id });
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  return {
    preload(indexUrls) {
      send({ type: 'load', indexUrls }).catch(() => {
        // A failed preload shows up as a failed search when the learner actually searches.
      });
    },
    async search(indexUrls, query, limit, offset) {
      const response = await send({ type: 'search', indexUrls, query, limit, offset });
      if (response.type !== 'results') throw new Error('The search worker could not answer.');
      return response.outcome;
    },
  };
}
