import { describe, expect, it } from 'vitest';
import { findReadingIndex, toReturnUrl, toSafeReturnUrl } from '../../../src/runtime/break-return';

const breakPage = 'https://lms.example/content/42/courses/peer-basics/take-a-break.html';

describe('the place to come back to after a break', () => {
  it('is the heading of the part being read', () => {
    const headings = [
      { id: 'before', top: -900 },
      { id: 'reading', top: 120 },
      { id: 'further-down', top: 500 },
    ];
    expect(findReadingIndex(headings, 900)).toBe(1);
    expect(findReadingIndex([{ id: 'only', top: -40 }], 900)).toBe(0);
  });

  it('is the top of the page while no heading has been reached', () => {
    expect(findReadingIndex([{ id: 'first', top: 640 }], 900)).toBe(-1);
    expect(findReadingIndex([], 900)).toBe(-1);
  });

  it('is the page address with that heading as its fragment, replacing any other', () => {
    expect(toReturnUrl('https://site.example/courses/c/lesson.html#old', 'who-to-contact'))
      .toBe('https://site.example/courses/c/lesson.html#who-to-contact');
    expect(toReturnUrl('https://site.example/courses/c/lesson.html?scorm=12#old', undefined))
      .toBe('https://site.example/courses/c/lesson.html?scorm=12');
  });
});

describe('a stored place is only followed inside the same course', () => {
  it('accepts a page beside the break page, with its fragment', () => {
    expect(toSafeReturnUrl('https://lms.example/content/42/courses/peer-basics/listening.html#pause', breakPage))
      .toBe('https://lms.example/content/42/courses/peer-basics/listening.html#pause');
  });

  it('refuses other sites, other courses, other folders and the break page itself', () => {
    for (const stored of [
      'https://elsewhere.example/content/42/courses/peer-basics/listening.html',
      'https://lms.example/content/42/courses/other-course/listening.html',
      'https://lms.example/content/42/courses/peer-basics/deeper/listening.html',
      'https://lms.example/index.html',
      'https://lms.example/content/42/courses/peer-basics/take-a-break.html',
      'https://lms.example/content/42/courses/peer-basics/search-index.json',
      'javascript:alert(1)',
      'not a url at all %%%',
      '',
      null,
      undefined,
    ]) {
      expect(toSafeReturnUrl(stored, breakPage), String(stored)).toBeUndefined();
    }
  });
});
