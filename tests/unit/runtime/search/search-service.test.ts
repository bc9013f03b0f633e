import { describe, expect, it } from 'vitest';
import { createSearchService } from '../../../../src/runtime/search/search-service';
import { createFakeFetch, danishCourseIndex, peerCourseIndex } from './course-index-files';

const peerUrl = 'https://lms.example/content/pkg-42/scorm/courses/peer/search-index.json';
const danishUrl = 'https://lms.example/courses/hverdag/search-index.json';
const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('createSearchService', () => {
  it('links each hit to its section, resolved against where the index file was served from', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: peerCourseIndex });
    const outcome = await createSearchService(fetchJson).search([peerUrl], 'notice ');
    expect(outcome.hits.map((hit) => hit.url)).toEqual([
      'https://lms.example/content/pkg-42/scorm/courses/peer/grounding.html',
      'https://lms.example/content/pkg-42/scorm/courses/peer/co-facilitation.html#roles',
    ]);
    expect(outcome).toMatchObject({ total: 2, failedUrls: [] });
  });

  it('gives what the results list shows: course, lesson, heading and a snippet with the stemmed matches marked', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: peerCourseIndex });
    const [hit] = (await createSearchService(fetchJson).search([peerUrl], 'facilitating ')).hits;
    expect(hit).toMatchObject({ courseId: 'peer', courseTitle: 'Peer course', lessonTitle: 'Working as a pair' });
    expect(text(hit?.heading ?? [])).toBe('Working as a pair');
    expect(hit?.snippet).toEqual([
      { text: 'Two volunteers ', marked: false },
      { text: 'facilitate', marked: true },
      { text: ' each group together.', marked: false },
    ]);
  });

  it('searches several courses in their own languages and merges the hits by score', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: peerCourseIndex, [danishUrl]: danishCourseIndex });
    const outcome = await createSearchService(fetchJson).search([peerUrl, danishUrl], 'fællesskab group ');
    expect(new Set(outcome.hits.map((hit) => hit.courseId))).toEqual(new Set(['peer', 'hverdag']));
    const scores = outcome.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('builds at most `limit` hits but counts every match', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: peerCourseIndex });
    const outcome = await createSearchService(fetchJson).search([peerUrl], 'group ', 1);
    expect(outcome.hits).toHaveLength(1);
    expect(outcome.total).toBe(2);
  });

  it('returns later hits by offset, in the same order', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: peerCourseIndex });
    const service = createSearchService(fetchJson);
    const all = (await service.search([peerUrl], 'group notice ')).hits.map((hit) => hit.url);
    const second = await service.search([peerUrl], 'group notice ', 1, 1);
    expect(all.length).toBeGreaterThan(2);
    expect(second.hits.map((hit) => hit.url)).toEqual([all[1]]);
    expect(second.total).toBe(all.length);
  });

  it('fetches each index once, however often it is searched', async () => {
    const { fetchJson, requested } = createFakeFetch({ [peerUrl]: peerCourseIndex });
    const service = createSearchService(fetchJson);
    await service.load([peerUrl]);
    await service.search([peerUrl], 'hope');
    await service.search([peerUrl], 'group');
    expect(requested).toEqual([peerUrl]);
  });

  it('reports indexes that failed, searches the others, and tries a failed one again next time', async () => {
    const files: Record<string, unknown> = { [peerUrl]: peerCourseIndex };
    const { fetchJson, requested } = createFakeFetch(files);
    const service = createSearchService(fetchJson);
    const first = await service.search([peerUrl, danishUrl], 'group ');
    expect(first.failedUrls).toEqual([danishUrl]);
    expect(first.total).toBe(2);

    files[danishUrl] = danishCourseIndex;
    expect((await service.search([peerUrl, danishUrl], 'gruppen ')).failedUrls).toEqual([]);
    expect(requested.filter((url) => url === danishUrl)).toHaveLength(2);
  });

  it('refuses a file that is not a search index of this format', async () => {
    const { fetchJson } = createFakeFetch({ [peerUrl]: { format: 0 } });
    expect(await createSearchService(fetchJson).load([peerUrl])).toEqual({ failedUrls: [peerUrl] });
  });
});
