import { docsFileName, shardFileName } from '../../../../src/core/search/search-index-file';
import { buildSearchIndexSet, type SearchIndexSet } from '../../../../src/integration/search/build-search-index-set';

/** Two small built course index sets, as the worker would fetch them. */
export const peerCourseIndex: SearchIndexSet = buildSearchIndexSet(
  'en',
  [
    {
      course: { id: 'peer', title: 'Peer course', language: 'en' },
      path: '../',
      lessons: [
        {
          id: 'co-facilitation',
          title: 'Working as a pair',
          moduleTitle: 'Working together',
          sections: [
            { anchor: 'lesson-title', heading: 'Working as a pair', text: 'Two volunteers facilitate each group together.' },
            { anchor: 'roles', heading: 'Sharing roles', text: 'One keeps time, the other notices the room and the group.' },
          ],
        },
        { id: 'grounding', title: 'Grounding', sections: [{ anchor: null, heading: 'Grounding', text: 'Notice five things you can see.' }] },
      ],
    },
  ],
  // Small shards, so that queries show which of them they fetch.
  { shardBytes: 60 },
);

export const danishCourseIndex: SearchIndexSet = buildSearchIndexSet('da', [
  {
    course: { id: 'hverdag', title: 'Hverdagsliv', language: 'da' },
    path: '../',
    lessons: [{ id: 'faellesskab', title: 'Sammen', sections: [{ anchor: 'om', heading: 'Om gruppen', text: 'Fællesskabet i gruppen giver håb.' }] }],
  },
]);

/** The files of an index set by URL, its manifest at `manifestUrl`. */
export function indexSetFiles(manifestUrl: string, set: SearchIndexSet): Record<string, unknown> {
  const at = (name: string) => new URL(name, manifestUrl).href;
  const entries: [string, unknown][] = [
    [manifestUrl, set.manifest],
    ...set.shards.map((shard, n): [string, unknown] => [at(shardFileName(n)), shard]),
    ...set.docFiles.map((docs, n): [string, unknown] => [at(docsFileName(n)), docs]),
  ];
  return Object.fromEntries(entries);
}

/** A fake fetch over a few URLs, counting requests; anything else fails like a 404. */
export function createFakeFetch(files: Record<string, unknown>) {
  const requested: string[] = [];
  const fetchJson = async (url: string): Promise<unknown> => {
    requested.push(url);
    if (!(url in files)) throw new Error(`${url} answered 404.`);
    return JSON.parse(JSON.stringify(files[url])) as unknown;
  };
  return { fetchJson, requested };
}
