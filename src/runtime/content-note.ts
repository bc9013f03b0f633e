// The learner's choice is never counted or reported. The one trace it leaves: when the learner's
// place is inside a note's material or summary, the place (kept to come back to) names that note.
type Choice = 'continue' | 'summary' | 'later';

/** The parts of a content note that show content: a place can be in either. */
export type ShownNotePart = 'material' | 'summary';

const choiceOf: Record<ShownNotePart, Choice> = { material: 'continue', summary: 'summary' };

export function enhanceContentNotes(): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-content-note]')) {
    if (note.dataset.enhanced) continue;
    note.dataset.enhanced = 'true';
    note.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
      // A note inside another's material: its buttons' clicks bubble here too, and are not this note's choice.
      if (button?.closest('[data-content-note]') === note) showChoice(note, button.dataset.choice as Choice, true);
    });
  }
}

/** The lesson's content notes, in page order: a place names a note by its index here. */
export const listContentNotes = (doc: Document): HTMLElement[] => [...doc.querySelectorAll<HTMLElement>('main [data-content-note]')];

/** The part of `note` shown now, if it shows content (the learner chose to continue, or to read the summary). */
export function readShownNotePart(note: HTMLElement): ShownNotePart | undefined {
  const shown = (part: ShownNotePart) => note.querySelector<HTMLElement>(`:scope > [data-content-note-${part}]`)?.hidden === false;
  return shown('material') ? 'material' : shown('summary') ? 'summary' : undefined;
}

/**
 * Opens a note at a part as the learner had it, without moving focus (the page restores a place,
 * the learner did not press anything). Notes around it open too: their material holds it.
 */
export function reopenContentNote(note: HTMLElement, part: ShownNotePart): void {
  for (let outer = note.parentElement?.closest<HTMLElement>('[data-content-note]'); outer; outer = outer.parentElement?.closest<HTMLElement>('[data-content-note]') ?? null) {
    if (readShownNotePart(outer) !== 'material') showChoice(outer, 'continue', false);
  }
  showChoice(note, choiceOf[part], false);
}

function showChoice(note: HTMLElement, choice: Choice, focus: boolean): void {
  const material = note.querySelector<HTMLElement>(':scope > [data-content-note-material]');
  const summary = note.querySelector<HTMLElement>(':scope > [data-content-note-summary]');
  const later = note.querySelector<HTMLElement>(':scope > [role="note"] [data-content-note-later]');
  if (!material || !summary || !later) return;
  material.hidden = choice !== 'continue';
  summary.hidden = choice !== 'summary';
  later.hidden = choice !== 'later';
  for (const button of note.querySelectorAll<HTMLButtonElement>(':scope > [role="note"] button[aria-expanded]')) {
    button.setAttribute('aria-expanded', String(button.dataset.choice === choice));
  }
  if (!focus) return;
  const target = choice === 'continue' ? material : choice === 'summary' ? summary : later;
  target.focus();
}
