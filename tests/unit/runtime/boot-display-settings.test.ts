// @vitest-environment jsdom
import { runInThisContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { bootDisplaySettings, createDisplaySettingsBootScript } from '../../../src/runtime/boot-display-settings';
import { displayStorageKey } from '../../../src/runtime/display-settings';

function clearRoot(): void {
  for (const name of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[name];
}

/** What the ClientRouter does: announces the incoming page, then copies its <html> attributes over ours. */
function swapInNewPage(): void {
  const newDocument = document.implementation.createHTMLDocument('next');
  document.dispatchEvent(Object.assign(new Event('astro:before-swap'), { newDocument }));
  clearRoot();
  for (const { name, value } of newDocument.documentElement.attributes) document.documentElement.setAttribute(name, value);
}

beforeEach(() => {
  localStorage.clear();
  clearRoot();
});

describe('the display settings head script', () => {
  it('applies the stored choices to <html> straight away', () => {
    localStorage.setItem(displayStorageKey, JSON.stringify({ textSize: 'larger', contrast: 'more', lineSpacing: 'standard' }));
    bootDisplaySettings(displayStorageKey);
    expect(document.documentElement.dataset).toMatchObject({ textSize: 'larger', contrast: 'more' });
  });

  it('ignores anything that is not a plain word, and unreadable storage', () => {
    localStorage.setItem(displayStorageKey, JSON.stringify({ textSize: 'x" onload="', contrast: 7, other: 'more' }));
    bootDisplaySettings(displayStorageKey);
    expect(document.documentElement.getAttributeNames().filter((name) => name.startsWith('data-'))).toEqual([]);
    localStorage.setItem(displayStorageKey, '{oops');
    expect(() => bootDisplaySettings(displayStorageKey)).not.toThrow();
  });

  it('carries the choices onto each page the ClientRouter swaps in', () => {
    bootDisplaySettings(displayStorageKey);
    document.documentElement.dataset.textSize = 'large'; // chosen on this page (storage may be blocked)
    swapInNewPage();
    expect(document.documentElement.dataset.textSize).toBe('large');
  });

  it('is self-contained, so it still works once inlined into the page as text', () => {
    localStorage.setItem(displayStorageKey, JSON.stringify({ lineSpacing: 'more' }));
    const script = createDisplaySettingsBootScript(displayStorageKey);
    expect(script).toContain('"peerpath:display"');
    runInThisContext(script); // as the page runs it: source text, nothing from this module in scope
    expect(document.documentElement.dataset.lineSpacing).toBe('more');
  });
});
