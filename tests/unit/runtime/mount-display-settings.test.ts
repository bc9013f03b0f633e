// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { displayStorageKey, readDisplaySettings } from '../../../src/runtime/display-settings';
import { mountDisplaySettings } from '../../../src/runtime/mount-display-settings';

/** The disclosure as DisplaySettings.astro renders it. */
function renderDisclosure(): HTMLDetailsElement {
  const radios = (name: string, values: string[]) =>
    values.map((value, index) => `<label><input type="radio" name="${name}" value="${value}"${index === 0 ? ' checked' : ''}> ${value}</label>`).join('');
  document.body.innerHTML = `
    <details data-display-settings open>
      <summary>Display settings</summary>
      <form>
        <fieldset><legend>Text size</legend>${radios('textSize', ['standard', 'large', 'larger'])}</fieldset>
        <fieldset><legend>Line spacing</legend>${radios('lineSpacing', ['standard', 'more'])}</fieldset>
        <fieldset><legend>Other choices</legend>
          <label><input type="checkbox" name="reduceMotion"> Reduce motion</label>
          <label><input type="checkbox" name="contrast"> Higher contrast</label>
        </fieldset>
        <button type="button" data-display-reset>Back to standard</button>
      </form>
    </details>`;
  return document.querySelector('details') as HTMLDetailsElement;
}

const input = (selector: string) => document.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
const root = document.documentElement;

function choose(selector: string): void {
  const control = input(selector);
  control.click(); // checks it and fires change, as a keyboard or mouse choice does
}

function mount(prefersReducedMotion = false): HTMLDetailsElement {
  const disclosure = renderDisclosure();
  mountDisplaySettings(disclosure, { root, storage: localStorage, prefersReducedMotion: () => prefersReducedMotion });
  return disclosure;
}

beforeEach(() => {
  localStorage.clear();
  for (const name of Object.keys(root.dataset)) delete root.dataset[name];
});

describe('the Display settings disclosure', () => {
  it('applies each choice at once and remembers it on this device', () => {
    mount();
    choose('input[name="textSize"][value="larger"]');
    choose('input[name="lineSpacing"][value="more"]');
    choose('input[name="contrast"]');
    expect(root.dataset).toMatchObject({ textSize: 'larger', lineSpacing: 'more', contrast: 'more' });
    expect(readDisplaySettings(localStorage)).toEqual({ textSize: 'larger', lineSpacing: 'more', reduceMotion: 'system', contrast: 'more' });
  });

  it('shows the choices already in force on a new page', () => {
    root.dataset.textSize = 'large'; // put there by the head script
    root.dataset.contrast = 'more';
    mount();
    expect(input('input[name="textSize"][value="large"]').checked).toBe(true);
    expect(input('input[name="textSize"][value="standard"]').checked).toBe(false);
    expect(input('input[name="contrast"]').checked).toBe(true);
  });

  it('follows the device’s reduced-motion setting until the learner chooses', () => {
    mount(true);
    const reduceMotion = input('input[name="reduceMotion"]');
    expect(reduceMotion.checked).toBe(true);
    expect(root.dataset.reduceMotion).toBeUndefined();
    choose('input[name="reduceMotion"]');
    expect(root.dataset.reduceMotion).toBe('off');
    expect(readDisplaySettings(localStorage).reduceMotion).toBe('off');
    choose('input[name="reduceMotion"]');
    expect(root.dataset.reduceMotion).toBe('on');
  });

  it('goes back to the standard look, and forgets the choices', () => {
    mount();
    choose('input[name="textSize"][value="large"]');
    document.querySelector<HTMLButtonElement>('[data-display-reset]')?.click();
    expect(Object.keys(root.dataset)).toEqual([]);
    expect(input('input[name="textSize"][value="standard"]').checked).toBe(true);
    expect(readDisplaySettings(localStorage).textSize).toBe('standard');
  });

  it('closes with Escape and puts focus back on its button', () => {
    const disclosure = mount();
    input('input[name="contrast"]').focus();
    input('input[name="contrast"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(disclosure.open).toBe(false);
    expect(document.activeElement).toBe(disclosure.querySelector('summary'));
  });

  it('still works for this visit when storage is refused', () => {
    const disclosure = renderDisclosure();
    mountDisplaySettings(disclosure, { root, storage: undefined, prefersReducedMotion: () => false });
    choose('input[name="textSize"][value="large"]');
    expect(root.dataset.textSize).toBe('large');
    expect(localStorage.getItem(displayStorageKey)).toBeNull();
  });

  it('wires a disclosure only once, however often the page loads', () => {
    const disclosure = renderDisclosure();
    const writes: string[] = [];
    const storage = { getItem: () => null, setItem: (_key: string, value: string) => writes.push(value) } as unknown as Storage;
    const environment = { root, storage, prefersReducedMotion: () => false };
    mountDisplaySettings(disclosure, environment);
    mountDisplaySettings(disclosure, environment);
    choose('input[name="contrast"]');
    expect(writes).toHaveLength(1);
  });
});
