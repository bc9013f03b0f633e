import { describe, expect, it } from 'vitest';
import { extractLessonSections } from '../../../../src/integration/search/extract-lesson-sections';
import { lessonPage } from './lesson-page';

describe('extractLessonSections', () => {
  it('splits the lesson body at h2 and h3 headings with ids, the intro first', () => {
    const html = lessonPage({
      title: 'Listening well',
      body: `<p>Listening is a skill.</p>
        <h2 id="why-it-matters">Why it <em>matters</em></h2><p>People feel heard.</p>
        <h3 id="in-groups">In groups</h3><p>Take turns.</p>`,
    });
    expect(extractLessonSections(html)).toEqual({
      title: 'Listening well',
      titleAnchor: 'lesson-title',
      sections: [
        { anchor: 'lesson-title', heading: 'Listening well', text: 'Listening is a skill.' },
        { anchor: 'why-it-matters', heading: 'Why it matters', text: 'People feel heard.' },
        { anchor: 'in-groups', heading: 'In groups', text: 'Take turns.' },
      ],
    });
  });

  it('reads only the article: header, objectives, navigation and footer stay out', () => {
    const extracted = extractLessonSections(lessonPage({ title: 'T', body: '<p>Body only.</p>' }));
    const allText = extracted?.sections.map((section) => `${section.heading} ${section.text}`).join(' ');
    expect(allText).toBe('T Body only.');
  });

  it('never indexes anything inside data-search-exclude, script, style or template', () => {
    const html = lessonPage({
      title: 'Check',
      body: `<p>Before.</p>
        <div data-search-exclude><p>The correct answer is B.</p><h2 id="feedback">Feedback</h2></div>
        <script>var secret = "answer";</script><style>p { color: blue }</style>
        <template><p>Template text</p></template>
        <p>After <span data-search-exclude="">hidden</span>text.</p>`,
    });
    expect(extractLessonSections(html)?.sections).toEqual([
      { anchor: 'lesson-title', heading: 'Check', text: 'Before. After text.' },
    ]);
  });

  it('collapses whitespace (non-breaking spaces too) and separates words at block boundaries but not inside inline elements', () => {
    const html = lessonPage({
      title: 'Spacing',
      body: `<ul><li>one</li><li>two</li></ul><p>co<strong>operate</strong>\n\n   and&nbsp;then<br>next &amp; last</p>`,
    });
    expect(extractLessonSections(html)?.sections[0]?.text).toBe('one two cooperate and then next & last');
  });

  it('keeps headings without an id as text of the current section', () => {
    const html = lessonPage({ title: 'T', body: '<h2 id="a">A</h2><p>x</p><h3>Not linkable</h3><p>y</p>' });
    expect(extractLessonSections(html)?.sections.at(-1)).toEqual({ anchor: 'a', heading: 'A', text: 'x Not linkable y' });
  });

  it('drops an empty intro but keeps a heading with no text after it', () => {
    const html = lessonPage({ title: 'T', body: '<h2 id="a">Only a heading</h2>' });
    expect(extractLessonSections(html)?.sections).toEqual([{ anchor: 'a', heading: 'Only a heading', text: '' }]);
  });

  it('anchors the intro at the page top when the title has no id', () => {
    const html = lessonPage({ title: 'T', titleId: null, body: '<p>Intro</p>' });
    expect(extractLessonSections(html)).toMatchObject({ titleAnchor: null, sections: [{ anchor: null, text: 'Intro' }] });
  });

  it('falls back to the document title when the page has no h1', () => {
    const html = '<html><head><title>Fallback</title></head><body><article data-search-body><p>x</p></article></body></html>';
    expect(extractLessonSections(html)?.title).toBe('Fallback');
  });

  it('returns null for a page without an article marked data-search-body', () => {
    expect(extractLessonSections('<html><body><main><p>x</p></main></body></html>')).toBeNull();
  });

  it('keeps words apart around an excluded block', () => {
    const html = lessonPage({ title: 'T', body: '<p>Before</p><div data-search-exclude>answer</div>after' });
    expect(extractLessonSections(html)?.sections[0]?.text).toBe('Before after');
  });

  it('reads an h1 inside the article as the title, not as intro text', () => {
    const html = '<html><body><article data-search-body><h1 id="t">Inside <em>title</em></h1><p>Intro.</p></article></body></html>';
    expect(extractLessonSections(html)).toEqual({
      title: 'Inside title',
      titleAnchor: 't',
      sections: [{ anchor: 't', heading: 'Inside title', text: 'Intro.' }],
    });
  });

  it('stops at the end of the body article', () => {
    const html = lessonPage({ title: 'T', body: '<p>Body.</p>' }).replace('</main>', '<article><p>Related reading.</p></article></main>');
    expect(extractLessonSections(html)?.sections.map((section) => section.text)).toEqual(['Body.']);
  });

  it('keeps h2 ids from outside the article out of the sections', () => {
    const extracted = extractLessonSections(lessonPage({ title: 'T', body: '<p>x</p>' }));
    expect(extracted?.sections.map((section) => section.anchor)).not.toContain('objectives-heading');
  });
});
