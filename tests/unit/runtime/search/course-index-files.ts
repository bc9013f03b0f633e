import type { SearchIndexFile } from '../../../../src/core/search/search-index-file';
import { buildCourseSearchIndex } from '../../../../src/integration/search/build-course-search-index';

/** Two small built course indexes, as the worker would fetch them. */
export const peerCourseIndex: SearchIndexFile = buildCourseSearchIndex({ id: 'peer', title: 'Peer course', language: 'en' }, [
  {
    id: 'co-facilitation',
    title: 'Working as a pair',
    sections: [
      { anchor: 'lesson-title', heading: 'Working as a pair', text: 'Two volunteers facilitate each group together.' },
      { anchor: 'roles', heading: 'Sharing roles', text: 'One keeps time, the other notices the room and the group.' },
    ],
  },
  { id: 'grounding', title: 'Grounding', sections: [{ anchor: null, heading: 'Grounding', text: 'Notice five things you can see.' }] },
]);

export const danishCourseIndex: SearchIndexFile = buildCourseSearchIndex({ id: 'hverdag', title: 'Hverdagsliv', language: 'da' }, [
  {
    id: 'faellesskab',
    title: 'Sammen',
    sections: [{ anchor: 'om', heading: 'Om gruppen', text: 'Fællesskabet i gruppen giver håb.' }],
  },
]);

/** A fake fetch over a few URLs, counting requests; anything else fails like a 404. */
export function createFakeFetch(files: Record<string, unknown>) {
  const requested: string[] = [];
  const fetchJson = async (url: string): Promise<unknown> => {
    requested.push(url);
    if (!(url in files)) throw new Error(`${url} answered 404.`);
    return JSON.parse(JSON.stringify(files[url]));
  };
  return { fetchJson, requested };
}
