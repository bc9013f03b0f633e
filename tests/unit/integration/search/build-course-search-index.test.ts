import { describe, expect, it } from 'vitest';
import { parseLearnerQuery } from '../../../../src/core/search/learner-query';
import { queryCourseIndex } from '../../../../src/core/search/query-course-index';
import { loadCourseIndex } from '../../../../src/core/search/load-course-index';
import { refToDocPosition, type SearchIndexFile } from '../../../../src/core/search/search-index-file';
import { createTermNormaliser } from '../../../../src/core/search/search-language';
import {
  MAX_STORED_EXCERPT_CHARS,
  buildCourseSearchIndex,
  sectionHref,
  type IndexableLesson,
  type SearchCourse,
} from '../../../../src/integration/search/build-course-search-index';

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

function searchFile(built: SearchIndexFile, query: string): string[] {
  const file = JSON.parse(JSON.stringify(built)) as SearchIndexFile;
  const index = loadCourseIndex(file);
  const results = queryCourseIndex(index, parseLearnerQuery(`${query} `), createTermNormaliser(file.language));
  return results.map((result) => file.docs[refToDocPosition(result.ref)]?.href ?? 'missing doc');
}

describe('buildCourseSearchIndex', () => {
  it('makes one document per section with the link, headings and excerpt the results show', () => {
    const file = buildCourseSearchIndex(english, englishLessons);
    expect(file).toMatchObject({ format: 1, language: 'en', courseId: 'peer-course', courseTitle: 'Peer course' });
    expect(file.docs).toEqual([
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
    expect(searchFile(buildCourseSearchIndex(english, englishLessons), 'notice')).toEqual([
      'grounding.html',
      'co-facilitation.html#roles',
    ]);
  });

  it('stems English: "facilitating" finds "facilitate"', () => {
    expect(searchFile(buildCourseSearchIndex(english, englishLessons), 'facilitating')).toEqual([
      'co-facilitation.html#lesson-title',
    ]);
  });

  it('stems Danish: "fællesskab" finds "Fællesskabet", "støtte" finds "støttende"', () => {
    const file = buildCourseSearchIndex(danish, danishLessons);
    expect(file.language).toBe('da');
    expect(searchFile(file, 'fællesskab')).toEqual(['faellesskab.html#om']);
    expect(searchFile(file, 'hverdagsliv')).toEqual(['faellesskab.html#om']);
    expect(searchFile(file, 'støtte')).toEqual(['lytning.html#stoette']);
  });

  it('needs the Danish stemmer for that: an English index of the same text does not match', () => {
    expect(searchFile(buildCourseSearchIndex(english, danishLessons), 'støtte')).toEqual([]);
  });

  it('ranks a match in a heading above the same word in body text', () => {
    const lessons: IndexableLesson[] = [
      { id: 'a', title: 'A', sections: [{ anchor: 'x', heading: 'Other', text: 'boundaries matter here and there' }] },
      { id: 'b', title: 'B', sections: [{ anchor: 'y', heading: 'Boundaries', text: 'what matters here and there' }] },
    ];
    expect(searchFile(buildCourseSearchIndex(english, lessons), 'boundaries')).toEqual(['b.html#y', 'a.html#x']);
  });

  it('stores a long section text cut at a word boundary', () => {
    const long = `${'word '.repeat(400)}end`;
    const file = buildCourseSearchIndex(english, [{ id: 'l', title: 'L', sections: [{ anchor: null, heading: 'L', text: long }] }]);
    const excerpt = file.docs[0]?.excerpt ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(MAX_STORED_EXCERPT_CHARS + 1);
    expect(excerpt).toMatch(/word…$/);
    expect(searchFile(file, 'end')).toEqual(['l.html']);
  });

  it('records the language pipeline the loaded index needs', () => {
    expect(buildCourseSearchIndex(english, englishLessons).index.pipeline).toEqual(['stemmer']);
    expect(buildCourseSearchIndex(danish, danishLessons).index.pipeline).toEqual(['trimmer-da', 'stemmer-da']);
  });
});

describe('sectionHref', () => {
  it('links to the lesson page, with the anchor encoded as a fragment', () => {
    expect(sectionHref('grounding', null)).toBe('grounding.html');
    expect(sectionHref('haab', 'hvad-er-håb')).toBe('haab.html#hvad-er-h%C3%A5b');
  });
});
