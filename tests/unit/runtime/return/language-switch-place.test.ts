// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sectionKey } from '../../../../src/core/scorm/lesson-place';
import { fromSwitchedPlace, toSwitchedPlace } from '../../../../src/runtime/return/language-switch-place';

function lessonWith(headingIds: string[]): Document {
  const doc = document.implementation.createHTMLDocument('lesson');
  doc.body.innerHTML = `<main><h1>Lesson</h1>${headingIds.map((id) => `<h2 id="${id}">${id}</h2><p>text</p>`).join('')}<astro-island><h2 id="quiz-heading">Check</h2></astro-island></main>`;
  return doc;
}

const english = lessonWith(['why-listen', 'how-to-listen', 'when-to-stop']);
const danish = lessonWith(['hvorfor-lytte', 'saadan-lytter-du', 'hvornaar-stoppe']);

describe('a place carried to the same lesson in another language', () => {
  it('keeps the section by its position, the share of it and the open note', () => {
    const switched = toSwitchedPlace(english, { lessonId: 'listening', sectionKey: sectionKey('how-to-listen'), permille: 420, note: { index: 1, part: 'material' } });
    expect(switched).toEqual({ lessonId: 'listening', sectionIndex: 1, permille: 420, note: { index: 1, part: 'material' } });
    expect(fromSwitchedPlace(danish, switched)).toEqual({ lessonId: 'listening', sectionKey: sectionKey('saadan-lytter-du'), permille: 420, note: { index: 1, part: 'material' } });
  });

  it('keeps the part before the first heading as it is', () => {
    const switched = toSwitchedPlace(english, { lessonId: 'listening', permille: 300 });
    expect(fromSwitchedPlace(danish, switched)).toEqual({ lessonId: 'listening', permille: 300 });
  });

  it('opens a section it cannot find at its top: a heading the page left no longer has, or one the other page lacks', () => {
    expect(toSwitchedPlace(english, { lessonId: 'listening', sectionKey: 'zzzz', permille: 500 })).toEqual({ lessonId: 'listening', sectionIndex: -1, permille: 0 });
    expect(fromSwitchedPlace(lessonWith(['only-one']), { lessonId: 'listening', sectionIndex: 2, permille: 500 })).toEqual({ lessonId: 'listening', permille: 0 });
  });

  it('does not count headings that islands render', () => {
    expect(toSwitchedPlace(english, { lessonId: 'listening', sectionKey: sectionKey('quiz-heading'), permille: 10 }).sectionIndex).toBe(-1);
  });
});
