import { describe, expect, it } from 'vitest';
import { parseLearnerQuery } from '../../../../src/core/search/learner-query';
import { mergeShards } from '../../../../src/core/search/merge-shards';
import { queryCourseIndex } from '../../../../src/core/search/query-course-index';
import { refToDocPosition, type SearchDoc } from '../../../../src/core/search/search-index-file';
import { createTermNormaliser, registerSearchLanguages } from '../../../../src/core/search/search-language';
import {
  DOCS_PER_FILE,
  MAX_STORED_EXCERPT_CHARS,
  buildSearchIndexSet,
  sectionHref,
  type IndexableLesson,
  type SearchCourse,
  type SearchIndexSet,
} from '../../../../src/integration/search/build-search-index-set';

const englishLessons: IndexableLesson[] = [
  {
    id: 'co-facilitation',
    title: 'Working as a pair',
    sections: [
      { anchor: 'lesson-title', heading: 'Working as a pair', text: 'Two volunteers facilitate each group together.' },
      { anchor: 'roles', heading: 'Sharing roles', text: 'One person keeps time, the other notices the room.' },
    ],
  },
  {
    id: 'grounding',
    title: 'Grounding',
    sections: [{ anchor: null, heading: 'Grounding', text: 'Notice five things you can see.' }],
  },
];

const danishLessons: IndexableLesson[] = [
  {
    id: 'faellesskab',
    title: 'Sammen',
    sections: [{ anchor: 'om', heading: 'Om gruppen', text: 'Fællesskabet giver håb i hverdagslivet.' }],
  },
  {
    id: 'lytning',
    title: 'At lytte',
    sections: [{ anchor: 'stoette', heading: 'Uden råd', text: 'En frivillig kan være støttende uden at give råd.' }],
  },
];

const english: SearchCourse = { id: 'peer-course', title: 'Peer course', language: 'en' };
const danish: SearchCourse = { id: 'hverdagsliv', title: 'Veje til hverdagslivet', language: 'da' };

const build = (course: SearchCourse, lessons: IndexableLesson[]) =>
  buildSearchIndexSet(course.language, [{ course, path: '../', lessons }]);

const docsOf = (set: SearchIndexSet): SearchDoc[] => set.docFiles.flat();

/** Hrefs of the sections a query finds, from every shard after a JSON round trip. */
function searchSet(built: SearchIndexSet, query: string): string[] {
  const set = JSON.parse(JSON.stringify(built)) as SearchIndexSet;
  const index = registerSearchLanguages().Index.load(mergeShards(set.shards));
  const results = queryCourseIndex(index, parseLearnerQuery(`${query} `), createTermNormaliser(set.manifest.language));
  return results.map((result) => docsOf(set)[refToDocPosition(result.ref)]?.href ?? 'missing doc');
}

describe('buildSearchIndexSet', () => {
  it('makes one document per section with the link, headings and excerpt the results show', () => {
    const set = build(english, englishLessons);
    expect(set.manifest).toMatchObject({
      format: 2,
      language: 'en',
      courses: [{ id: 'peer-course', title: 'Peer course', path: '../', firstDoc: 0, docCount: 3 }],
      docsPerFile: DOCS_PER_FILE,
    });
    expect(docsOf(set)).toEqual([
      {
        lessonTitle: 'Working as a pair',
        heading: 'Working as a pair',
        href: 'co-facilitation.html#lesson-title',
        excerpt: 'Two volunteers facilitate each group together.',
      },
      {
        lessonTitle: 'Working as a pair',
        heading: 'Sharing roles',
        href: 'co-facilitation.html#roles',
        excerpt: 'One person keeps time, the other notices the room.',
      },
      { lessonTitle: 'Grounding', heading: 'Grounding', href: 'grounding.html', excerpt: 'Notice five things you can see.' },
    ]);
  });

  it('survives JSON and loading into lunr, and answers from the loaded index', () => {
    expect(searchSet(build(english, englishLessons), 'notice')).toEqual([
      'grounding.html',
      'co-facilitation.html#roles',
    ]);
  });

  it('stems English: "facilitating" finds "facilitate"', () => {
    expect(searchSet(build(english, englishLessons), 'facilitating')).toEqual([
      'co-facilitation.html#lesson-title',
    ]);
  });

  it('stems Danish: "fællesskab" finds "Fællesskabet", "støtte" finds "støttende"', () => {
    const file = build(danish, danishLessons);
    expect(file.manifest.language).toBe('da');
    expect(searchSet(file, 'fællesskab')).toEqual(['faellesskab.html#om']);
    expect(searchSet(file, 'hverdagsliv')).toEqual(['faellesskab.html#om']);
    expect(searchSet(file, 'støtte')).toEqual(['lytning.html#stoette']);
  });

  it('needs the Danish stemmer for that: "gruppen" finds "grupper" only in a Danish index', () => {
    const lessons: IndexableLesson[] = [{ id: 'g', title: 'G', sections: [{ anchor: null, heading: 'G', text: 'Vi deler grupper op.' }] }];
    expect(searchSet(build(danish, lessons), 'gruppen')).toEqual(['g.html']);
    expect(searchSet(build(english, lessons), 'gruppen')).toEqual([]);
  });

  it('ranks a match in a heading above the same word in body text', () => {
    const lessons: IndexableLesson[] = [
      { id: 'a', title: 'A', sections: [{ anchor: 'x', heading: 'Other', text: 'boundaries matter here and there' }] },
      { id: 'b', title: 'B', sections: [{ anchor: 'y', heading: 'Boundaries', text: 'what matters here and there' }] },
    ];
    expect(searchSet(build(english, lessons), 'boundaries')).toEqual(['b.html#y', 'a.html#x']);
  });

  it('stores a long section text cut at a word boundary', () => {
    const long = `${'word '.repeat(400)}end`;
    const file = build(english, [{ id: 'l', title: 'L', sections: [{ anchor: null, heading: 'L', text: long }] }]);
    const excerpt = docsOf(file)[0]?.excerpt ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(MAX_STORED_EXCERPT_CHARS + 1);
    expect(excerpt).toMatch(/word…$/);
    expect(searchSet(file, 'end')).toEqual(['l.html']);
  });

  it('records the language pipeline the loaded index needs', () => {
    expect(build(english, englishLessons).shards[0]?.pipeline).toEqual(['stemmer']);
    expect(build(danish, danishLessons).shards[0]?.pipeline).toEqual(['trimmer-da', 'stemmer-da']);
  });

  it('holds several courses of one language, each with its range of sections and its folder', () => {
    const set = buildSearchIndexSet('en', [
      { course: english, path: '../../courses/peer-course/', lessons: englishLessons },
      { course: { id: 'other', title: 'Other', language: 'en' }, path: '../../courses/other/', lessons: englishLessons.slice(1) },
    ]);
    expect(set.manifest.courses).toEqual([
      { id: 'peer-course', title: 'Peer course', path: '../../courses/peer-course/', firstDoc: 0, docCount: 3 },
      { id: 'other', title: 'Other', path: '../../courses/other/', firstDoc: 3, docCount: 1 },
    ]);
    expect(searchSet(set, 'notice').sort()).toEqual(['co-facilitation.html#roles', 'grounding.html', 'grounding.html']);
  });

  it('keeps the module a lesson is in with each of its sections', () => {
    const grounding: IndexableLesson = { id: 'grounding', title: 'Grounding', sections: [{ anchor: null, heading: 'Grounding', text: 'Notice.' }] };
    const set = build(english, [{ ...grounding, moduleTitle: 'Staying steady' }]);
    expect(docsOf(set)[0]).toMatchObject({ moduleTitle: 'Staying steady', lessonTitle: 'Grounding' });
  });

  it('puts sections in docs files of DOCS_PER_FILE, in order', () => {
    const lessons = Array.from({ length: DOCS_PER_FILE + 3 }, (_, n) => ({
      id: `l${n}`,
      title: `Lesson ${n}`,
      sections: [{ anchor: null, heading: `Lesson ${n}`, text: 'Some words.' }],
    }));
    const set = build(english, lessons);
    expect(set.docFiles.map((file) => file.length)).toEqual([DOCS_PER_FILE, 3]);
    expect(docsOf(set).map((doc) => doc.href)).toEqual(lessons.map((lesson) => `${lesson.id}.html`));
  });
});

describe('sectionHref', () => {
  it('links to the lesson page, with the anchor encoded as a fragment', () => {
    expect(sectionHref('grounding', null)).toBe('grounding.html');
    expect(sectionHref('haab', 'hvad-er-håb')).toBe('haab.html#hvad-er-h%C3%A5b');
  });
});
