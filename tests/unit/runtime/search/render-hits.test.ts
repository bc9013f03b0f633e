// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../src/core/search/search-hit';
import { renderHits } from '../../../../src/runtime/search/render-hits';

const hit: SearchHit = {
  courseId: 'peer',
  courseTitle: 'Peer course',
  lessonTitle: 'Working as a pair',
  heading: [{ text: 'Sharing ', marked: false }, { text: 'roles', marked: true }],
  url: 'https://site.example/courses/peer/co-facilitation.html#roles',
  snippet: [
    { text: 'Agree ', marked: false },
    { text: 'roles', marked: true },
    { text: ' <img src=x onerror=alert(1)> early.', marked: false },
  ],
  score: 2,
};

function render(hits: SearchHit[], options: { withSnippet: boolean; withCourse: boolean }) {
  const list = document.createElement('ol');
  renderHits(list, hits, options);
  return list;
}

describe('renderHits', () => {
  it('renders each hit as a plain link to its section, with where it is and the snippet', () => {
    const list = render([hit], { withSnippet: true, withCourse: false });
    const link = list.querySelector('li > a');
    expect(link?.getAttribute('href')).toBe(hit.url);
    expect(link?.textContent).toBe('Sharing roles');
    expect(list.querySelector('.search-hit__where')?.textContent).toBe('Working as a pair');
    expect(list.querySelector('.search-hit__snippet')?.textContent).toBe('Agree roles <img src=x onerror=alert(1)> early.');
  });

  it('puts matched words in <mark>', () => {
    const list = render([hit], { withSnippet: true, withCourse: false });
    expect([...list.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['roles', 'roles']);
  });

  it('treats index text as text, never as HTML', () => {
    expect(render([hit], { withSnippet: true, withCourse: false }).querySelector('img')).toBeNull();
  });

  it('leaves the snippet out for the short list and names the course when asked', () => {
    const list = render([hit], { withSnippet: false, withCourse: true });
    expect(list.querySelector('.search-hit__snippet')).toBeNull();
    expect(list.querySelector('.search-hit__where')?.textContent).toBe('Working as a pair · Peer course');
  });

  it('does not repeat the lesson title under a lesson’s opening section', () => {
    const opening = { ...hit, heading: [{ text: 'Working as a pair', marked: false }] };
    expect(render([opening], { withSnippet: false, withCourse: false }).querySelector('.search-hit__where')).toBeNull();
  });

  it('replaces earlier results', () => {
    const list = render([hit, hit], { withSnippet: false, withCourse: false });
    renderHits(list, [hit], { withSnippet: false, withCourse: false });
    expect(list.children).toHaveLength(1);
  });
});
