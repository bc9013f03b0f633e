// The learner's choice stays on this page: it is never stored, sent or counted.
type Choice = 'continue' | 'summary' | 'later';

export function enhanceContentNotes(): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-content-note]')) {
    if (note.dataset.enhanced) continue;
    note.dataset.enhanced = 'true';
    note.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-choice]');
      if (button) showChoice(note, button.dataset.choice as Choice, button);
    });
  }
}

function showChoice(note: HTMLElement, choice: Choice, button: HTMLButtonElement): void {
  const part = (name: string) => note.querySelector<HTMLElement>(`[data-content-note-${name}]`);
  const material = part('material');
  const summary = part('summary');
  const later = part('later');
  if (!material || !summary || !later) return;
  material.hidden = choice !== 'continue';
  summary.hidden = choice !== 'summary';
  later.hidden = choice !== 'later';
  for (const other of note.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')) {
    other.setAttribute('aria-expanded', String(other === button));
  }
  const target = choice === 'continue' ? material : choice === 'summary' ? summary : later;
  target.focus();
}
