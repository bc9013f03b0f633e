/**
 * Disclosure buttons (the WAI-ARIA disclosure pattern) for what narrow screens fold away: the course
 * contents and the header's tools. The button's aria-expanded is the only state; CSS shows the panel
 * its aria-controls names while it is "true", and only where the panel is folded away at all (on wide
 * screens the button is hidden and the panel always shown).
 */
const TOGGLE = '[data-disclosure-toggle]';

function panelOf(doc: Document, toggle: Element): HTMLElement | null {
  const id = toggle.getAttribute('aria-controls');
  return id ? doc.getElementById(id) : null;
}

export function isExpanded(toggle: Element): boolean {
  return toggle.getAttribute('aria-expanded') === 'true';
}

export function setExpanded(toggle: Element, expanded: boolean): void {
  toggle.setAttribute('aria-expanded', String(expanded));
}

/** The open disclosure that `target` is in (its button or its panel), innermost first. */
export function findOpenDisclosure(doc: Document, target: Node | null): HTMLElement | undefined {
  if (!target) return undefined;
  const open = [...doc.querySelectorAll<HTMLElement>(`${TOGGLE}[aria-expanded="true"]`)];
  const holding = open.filter((toggle) => toggle === target || panelOf(doc, toggle)?.contains(target));
  return holding.at(-1);
}

/**
 * Listens on the document, which outlives ClientRouter swaps (each new page arrives with its
 * disclosures closed). Escape inside an open panel closes it and puts focus back on its button, unless
 * something inside (Display settings, the search list) used that Escape to close itself.
 */
export function startDisclosures(doc: Document, signal?: AbortSignal): void {
  doc.addEventListener('click', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest(TOGGLE) : null;
    if (toggle) setExpanded(toggle, !isExpanded(toggle));
  }, { signal });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const toggle = findOpenDisclosure(doc, event.target instanceof Node ? event.target : null);
    if (!toggle) return;
    event.preventDefault();
    setExpanded(toggle, false);
    toggle.focus();
  }, { signal });
}
