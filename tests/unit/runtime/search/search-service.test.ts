import { describe, expect, it } from 'vitest';
import { buildSearchIndexSet } from '../../../../src/integration/search/build-search-index-set';
import { createSearchService } from '../../../../src/runtime/search/search-service';
import { createFakeFetch, danishCourseIndex, indexSetFiles, peerCourseIndex } from './course-index-files';

const peerUrl = 'https://lms.example/content/pkg-42/scorm/courses/peer/search/manifest.json';
const danishUrl = 'https://lms.example/courses/hverdag/search/manifest.json';
const peerFiles = indexSetFiles(peerUrl, peerCourseIndex);
const danishFiles = indexSetFiles(danishUrl, danishCourseIndex);
const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('createSearchService', () => {
  it('links each hit to its section, resolved against where the index file was served from', async () => {
    const { fetchJson } = createFakeFetch(peerFiles);
    const outcome = await createSearchService(fetchJson).search([peerUrl], 'notice ');
    expect(outcome.hits.map((hit) => hit.url)).toEqual([
      'https://lms.example/content/pkg-42/scorm/courses/peer/grounding.html',
      'https://lms.example/content/pkg-42/scorm/courses/peer/co-facilitation.html#roles',
    ]);
    expect(outcome).toMatchObject({ total: 2, failedUrls: [] });
  });

  it('gives what the results list shows: course, lesson, heading and a snippet with the stemmed matches marked', async () => {
    const { fetchJson } = createFakeFetch(peerFiles);
    const [hit] = (await createSearchService(fetchJson).search([peerUrl], 'facilitating ')).hits;
    expect(hit).toMatchObject({ courseId: 'peer', courseTitle: 'Peer course', language: 'en', moduleTitle: 'Working together', lessonTitle: 'Working as a pair' });
    expect(text(hit?.heading ?? [])).toBe('Working as a pair');
    expect(hit?.snippet).toEqual([
      { text: 'Two volunteers ', marked: false },
      { text: 'facilitate', marked: true },
      { text: ' each group together.', marked: false },
    ]);
  });

  it('searches several courses in their own languages and merges the hits by score', async () => {
    const { fetchJson } = createFakeFetch({ ...peerFiles, ...danishFiles });
    const outcome = await createSearchService(fetchJson).search([peerUrl, danishUrl], 'fællesskab group ');
    expect(new Set(outcome.hits.map((hit) => hit.courseId))).toEqual(new Set(['peer', 'hverdag']));
    const scores = outcome.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('builds at most `limit` hits but counts every match', async () => {
    const { fetchJson } = createFakeFetch(peerFiles);
    const outcome = await createSearchService(fetchJson).search([peerUrl], 'group ', 1);
    expect(outcome.hits).toHaveLength(1);
    expect(outcome.total).toBe(2);
  });

  it('returns later hits by offset, in the same order', async () => {
    const { fetchJson } = createFakeFetch(peerFiles);
    const service = createSearchService(fetchJson);
    const all = (await service.search([peerUrl], 'group notice ')).hits.map((hit) => hit.url);
    const second = await service.search([peerUrl], 'group notice ', 1, 1);
    expect(all.length).toBeGreaterThan(2);
    expect(second.hits.map((hit) => hit.url)).toEqual([all[1]]);
    expect(second.total).toBe(all.length);
  });

  it('fetches only the manifest before a query, then only the shards its words are in and the docs files of the hits shown, each once', async () => {
    const { fetchJson, requested } = createFakeFetch(peerFiles);
    const service = createSearchService(fetchJson);
    await service.load([peerUrl]);
    expect(requested).toEqual([peerUrl]);
    await service.search([peerUrl], 'grounding ');
    const shardsFetched = requested.filter((url) => url.includes('/terms-'));
    expect(shardsFetched.length).toBeGreaterThan(0);
    expect(shardsFetched.length).toBeLessThan(peerCourseIndex.shards.length);
    expect(requested.filter((url) => url.includes('/docs-'))).toEqual([new URL('docs-0.json', peerUrl).href]);
    const before = requested.length;
    await service.search([peerUrl], 'grounding ');
    expect(requested).toHaveLength(before);
  });

  it('finds word families: "disclose" finds a section that says "disclosure", and marks only that word', async () => {
    const set = buildSearchIndexSet('en', [
      {
        course: { id: 'peer', title: 'Peer course', language: 'en' },
        path: '../',
        lessons: [{ id: 'sharing', title: 'Sharing', sections: [{ anchor: null, heading: 'Sharing', text: 'A disclosure is a choice you make.' }] }],
      },
    ]);
    const { fetchJson } = createFakeFetch(indexSetFiles(peerUrl, set));
    const [hit] = (await createSearchService(fetchJson).search([peerUrl], 'disclose ')).hits;
    expect(hit?.snippet.filter((part) => part.marked).map((part) => part.text)).toEqual(['disclosure']);
  });

  it('filters by course and by language', async () => {
    const { fetchJson } = createFakeFetch({ ...peerFiles, ...danishFiles });
    const service = createSearchService(fetchJson);
    const query = 'fællesskab group ';
    const courses = async (filters: { courseIds?: string[]; languages?: string[] }) =>
      new Set((await service.search([peerUrl, danishUrl], query, undefined, 0, filters)).hits.map((hit) => hit.courseId));
    expect(await courses({ courseIds: ['hverdag'] })).toEqual(new Set(['hverdag']));
    expect(await courses({ languages: ['en'] })).toEqual(new Set(['peer']));
    expect(await courses({ courseIds: [], languages: [] })).toEqual(new Set(['peer', 'hverdag']));
  });

  it('reports indexes that failed, searches the others, and tries a failed one again next time', async () => {
    const files: Record<string, unknown> = { ...peerFiles };
    const { fetchJson, requested } = createFakeFetch(files);
    const service = createSearchService(fetchJson);
    const first = await service.search([peerUrl, danishUrl], 'group ');
    expect(first.failedUrls).toEqual([danishUrl]);
    expect(first.total).toBe(2);

    Object.assign(files, danishFiles);
    expect((await service.search([peerUrl, danishUrl], 'gruppen ')).failedUrls).toEqual([]);
    expect(requested.filter((url) => url === danishUrl)).toHaveLength(2);
  });

  it('refuses a file that is not a search index of this format', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: { format: 1 } });
    expect(await createSearchService(fetchJson).load([peerUrl])).toEqual({ failedUrls: [peerUrl] });
  });
});
