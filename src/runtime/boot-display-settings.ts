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
  const copy = (from: Record<string, unknown>, to: DOMStringMap) => {
    for (const name of names) {
      const value = from[name];
      if (typeof value === 'string' && /^[a-z]{1,12}$/.test(value)) to[name] = value;
    }
  };
  try {
    copy(JSON.parse(localStorage.getItem(storageKey) ?? '{}') ?? {}, document.documentElement.dataset);
  } catch {
    // Storage blocked or unreadable: the standard look.
  }
  document.addEventListener('astro:before-swap', (event) => {
    const incoming = (event as Event & { newDocument?: Document }).newDocument;
    if (incoming) copy({ ...document.documentElement.dataset }, incoming.documentElement.dataset);
  });
}

/** The `<script is:inline>` body for the layout's `<head>`. */
export function createDisplaySettingsBootScript(storageKey: string): string {
  return `(${bootDisplaySettings.toString()})(${JSON.stringify(storageKey)});`;
}
