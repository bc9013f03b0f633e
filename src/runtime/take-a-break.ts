/** The grounding steps stay folded away until the learner asks for them. */
export function enhanceGroundingInvitation(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-grounding-start]');
  const steps = button && doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !steps || button.dataset.enhanced) return;
  button.dataset.enhanced = 'true';
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    steps.hidden = !open;
    if (open) steps.focus();
  });
}
