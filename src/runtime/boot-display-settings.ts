/**
 * Runs inline in `<head>`, before the first paint, so a learner who needs larger text or higher
 * contrast never sees the page flash in the standard look. It copies the stored choices onto
 * `<html>`, and again onto each page the ClientRouter swaps in (the router replaces the root
 * element's attributes with the new page's). Values are checked properly later by
 * display-settings.ts; the stylesheet ignores anything it does not know.
 *
 * Self-contained on purpose: the layout inlines it with Function.prototype.toString, so it may
 * not use imports or anything outside its own body.
 */
export function bootDisplaySettings(storageKey: string): void {
  const names = ['textSize', 'lineSpacing', 'reduceMotion', 'contrast'];
  const copy = (from: unknown, to: DOMStringMap) => {
    if (typeof from !== 'object' || from === null) return;
    for (const name of names) {
      const value: unknown = Reflect.get(from, name);
      if (typeof value === 'string' && /^[a-z]{1,12}$/.test(value)) to[name] = value;
    }
  };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    copy(stored, document.documentElement.dataset);
  } catch {
    // Storage blocked or unreadable: the standard look.
  }
  document.addEventListener('astro:before-swap', (event) => {
    copy(document.documentElement.dataset, event.newDocument.documentElement.dataset);
  });
}

/** The `<script is:inline>` body for the layout's `<head>`. */
export function createDisplaySettingsBootScript(storageKey: string): string {
  return `(${bootDisplaySettings.toString()})(${JSON.stringify(storageKey)});`;
}
