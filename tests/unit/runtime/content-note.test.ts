// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { enhanceContentNotes, readShownNotePart } from '../../../src/runtime/content-note';

/** One content note as ContentNote.astro renders it, with `material` inside. */
const noteHtml = (id: string, material: string): string => `
  <section data-content-note id="${id}">
    <div role="note">
      <div data-content-note-choices>
        <button type="button" data-choice="continue" aria-expanded="false">Continue</button>
        <button type="button" data-choice="summary" aria-expanded="false">Read a summary</button>
        <button type="button" data-choice="later">Come back later</button>
      </div>
      <p data-content-note-later hidden tabindex="-1">Later</p>
    </div>
    <div data-content-note-summary hidden tabindex="-1"><p>Summary of ${id}</p></div>
    <div data-content-note-material hidden tabindex="-1">${material}</div>
  </section>`;

const noteById = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;
const choose = (id: string, choice: string): void =>
  noteById(id).querySelector<HTMLButtonElement>(`:scope > [role="note"] button[data-choice="${choice}"]`)?.click();

describe('content notes', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main>${noteHtml('lesson-note', `<p>Lesson text</p>${noteHtml('role-play-note', '<p>Role-play</p>')}`)}</main>`;
    enhanceContentNotes();
  });

  it('shows the material a learner chose to continue to', () => {
    choose('lesson-note', 'continue');
    expect(readShownNotePart(noteById('lesson-note'))).toBe('material');
    expect(noteById('lesson-note').querySelector('button[data-choice="continue"]')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('a choice in a note inside another note changes only the inner note', () => {
    choose('lesson-note', 'continue');
    choose('role-play-note', 'summary');
    expect(readShownNotePart(noteById('role-play-note'))).toBe('summary');
    expect(readShownNotePart(noteById('lesson-note')), 'the lesson around the role-play stays open').toBe('material');

    choose('role-play-note', 'later');
    expect(readShownNotePart(noteById('role-play-note'))).toBeUndefined();
    expect(readShownNotePart(noteById('lesson-note')), 'the lesson around the role-play stays open').toBe('material');
  });
});
