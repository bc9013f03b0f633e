import { describe, expect, it } from 'vitest';
import { answerSearchRequest } from '../../../../src/runtime/search/answer-search-request';
import { createSearchClient, type WorkerLike } from '../../../../src/runtime/search/search-client';
import { createSearchService } from '../../../../src/runtime/search/search-service';
import type { SearchRequest, SearchResponse } from '../../../../src/runtime/search/worker-messages';
import { createFakeFetch, peerCourseIndex } from './course-index-files';

const url = 'https://site.example/courses/peer/search-index.json';

/** Runs the real worker logic in-process, answering asynchronously like a worker. */
function createFakeWorker() {
  const listeners: Record<string, ((event: { data: SearchResponse }) => void)[]> = {};
  const service = createSearchService(createFakeFetch({ [url]: peerCourseIndex }).fetchJson);
  const worker = {
    received: [] as SearchRequest[],
    terminated: false,
    silent: false,
    postMessage(message: SearchRequest) {
      worker.received.push(message);
      if (worker.silent) return;
      void answerSearchRequest(service, message).then((data) => listeners.message?.forEach((listener) => listener({ data })));
    },
    addEventListener(type: string, listener: (event: { data: SearchResponse }) => void) {
      (listeners[type] ??= []).push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    crash() {
      listeners.error?.forEach((listener) => listener({} as { data: SearchResponse }));
    },
  };
  return worker;
}

function createCountingStarter() {
  const started: ReturnType<typeof createFakeWorker>[] = [];
  const start = () => {
    const worker = createFakeWorker();
    started.push(worker);
    return worker as unknown as WorkerLike;
  };
  return { start, started };
}

describe('createSearchClient', () => {
  it('starts no worker until the first preload or search', async () => {
    const { start, started } = createCountingStarter();
    const client = createSearchClient(start);
    expect(started).toHaveLength(0);
    client.preload([url]);
    await client.search([url], 'group ');
    expect(started).toHaveLength(1);
  });

  it('routes each answer to its own request', async () => {
    const { start } = createCountingStarter();
    const client = createSearchClient(start);
    const [grounding, roles] = await Promise.all([client.search([url], 'grounding '), client.search([url], 'roles ')]);
    expect(grounding.hits.map((hit) => hit.lessonTitle)).toEqual(['Grounding']);
    expect(roles.hits.map((hit) => hit.url)).toEqual(['https://site.example/courses/peer/co-facilitation.html#roles']);
  });

  it('passes the limit and offset on to the worker', async () => {
    const { start, started } = createCountingStarter();
    await createSearchClient(start).search([url], 'group ', 1, 1);
    expect(started[0]?.received[0]).toMatchObject({ type: 'search', indexUrls: [url], query: 'group ', limit: 1, offset: 1 });
  });

  it('rejects waiting searches when the worker crashes, then starts a fresh one', async () => {
    const { start, started } = createCountingStarter();
    const client = createSearchClient(start);
    client.preload([url]);
    const first = started[0];
    if (!first) throw new Error('no worker started');
    first.silent = true;
    const waiting = client.search([url], 'group ');
    first.crash();
    await expect(waiting).rejects.toThrow();
    expect(first.terminated).toBe(true);

    const retried = await client.search([url], 'group ');
    expect(retried.total).toBe(2);
    expect(started).toHaveLength(2);
  });

  it('rejects a search when no worker can be started', async () => {
    const client = createSearchClient(() => {
      throw new Error('Workers are blocked here');
    });
    await expect(client.search([url], 'group')).rejects.toThrow('Workers are blocked here');
    expect(() => client.preload([url])).not.toThrow();
  });

  it('rejects when the worker answers that it failed', async () => {
    const failing = {
      postMessage(message: SearchRequest) {
        queueMicrotask(() => failing.listener?.({ data: { id: message.id, type: 'failed' } }));
      },
      listener: undefined as ((event: { data: SearchResponse }) => void) | undefined,
      addEventListener(type: string, listener: (event: { data: SearchResponse }) => void) {
        if (type === 'message') failing.listener = listener;
      },
      terminate() {},
    };
    await expect(createSearchClient(() => failing as unknown as WorkerLike).search([url], 'x')).rejects.toThrow();
  });
});
