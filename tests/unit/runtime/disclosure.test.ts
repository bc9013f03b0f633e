// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOpenDisclosure, startDisclosures } from '../../../src/runtime/disclosure';

let stop: AbortController;

beforeEach(() => {
  document.body.innerHTML = `
    <button type="button" aria-expanded="false" aria-controls="menu" data-disclosure-toggle>Menu</button>
    <div id="menu" data-disclosure-panel>
      <a href="#a">A link</a>
      <details open><summary>Display settings</summary><input type="checkbox" /></details>
    </div>
    <button type="button" aria-expanded="false" aria-controls="contents" data-disclosure-toggle>Contents</button>
    <nav id="contents" data-disclosure-panel><a href="#b">A lesson</a></nav>`;
  stop = new AbortController();
  startDisclosures(document, stop.signal);
});
afterEach(() => stop.abort());

const toggle = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('[data-disclosure-toggle]')].find((button) => button.textContent === name) as HTMLButtonElement;
const pressEscapeOn = (target: Element) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

describe('disclosure buttons', () => {
  it('a press opens the panel and a second one closes it, telling screen readers through aria-expanded', () => {
    toggle('Contents').click();
    expect(toggle('Contents').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('Menu').getAttribute('aria-expanded')).toBe('false');
    toggle('Contents').click();
    expect(toggle('Contents').getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape inside an open panel closes it and puts focus back on its button', () => {
    toggle('Contents').click();
    const link = document.querySelector<HTMLAnchorElement>('#contents a') as HTMLAnchorElement;
    link.focus();
    pressEscapeOn(link);
    expect(toggle('Contents').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle('Contents'));
  });

  it('an Escape something inside used to close itself leaves the panel open', () => {
    toggle('Menu').click();
    const input = document.querySelector('#menu input') as HTMLInputElement;
    input.closest('details')?.addEventListener('keydown', (event) => event.preventDefault());
    pressEscapeOn(input);
    expect(toggle('Menu').getAttribute('aria-expanded')).toBe('true');
  });

  it('Escape outside every open panel changes nothing', () => {
    toggle('Menu').click();
    pressEscapeOn(document.body);
    expect(toggle('Menu').getAttribute('aria-expanded')).toBe('true');
    expect(findOpenDisclosure(document, document.body)).toBeUndefined();
    expect(findOpenDisclosure(document, document.querySelector('#menu a'))).toBe(toggle('Menu'));
  });
});
