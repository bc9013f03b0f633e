// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyDisplaySettings,
  defaultDisplaySettings,
  displayStorageKey,
  readAppliedDisplaySettings,
  readDisplaySettings,
  writeDisplaySettings,
  type DisplaySettings,
} from '../../../src/runtime/display-settings';

const large: DisplaySettings = { textSize: 'large', lineSpacing: 'more', reduceMotion: 'on', contrast: 'more' };

beforeEach(() => {
  localStorage.clear();
  for (const name of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[name];
});

describe('display settings in storage', () => {
  it('remembers what the learner chose', () => {
    expect(writeDisplaySettings(localStorage, large)).toBe(true);
    expect(JSON.parse(localStorage.getItem(displayStorageKey) ?? '')).toEqual(large);
    expect(readDisplaySettings(localStorage)).toEqual(large);
  });

  it('starts from the standard look when nothing is stored', () => {
    expect(readDisplaySettings(localStorage)).toEqual(defaultDisplaySettings);
    expect(readDisplaySettings(undefined)).toEqual(defaultDisplaySettings);
  });

  it('keeps only known values from an old or damaged entry', () => {
    localStorage.setItem(displayStorageKey, JSON.stringify({ textSize: 'huge', lineSpacing: 'more', contrast: 42, extra: 'x' }));
    expect(readDisplaySettings(localStorage)).toEqual({ ...defaultDisplaySettings, lineSpacing: 'more' });
    localStorage.setItem(displayStorageKey, '{not json');
    expect(readDisplaySettings(localStorage)).toEqual(defaultDisplaySettings);
    localStorage.setItem(displayStorageKey, 'null');
    expect(readDisplaySettings(localStorage)).toEqual(defaultDisplaySettings);
  });

  it('says so, without throwing, when the browser refuses storage', () => {
    const refusing = {
      getItem: () => { throw new DOMException('denied', 'SecurityError'); },
      setItem: () => { throw new DOMException('denied', 'SecurityError'); },
    } as unknown as Storage;
    expect(writeDisplaySettings(refusing, large)).toBe(false);
    expect(writeDisplaySettings(undefined, large)).toBe(false);
    expect(readDisplaySettings(refusing)).toEqual(defaultDisplaySettings);
  });
});

describe('display settings on the page', () => {
  it('sets a data attribute on <html> for each choice away from the standard', () => {
    const root = document.documentElement;
    applyDisplaySettings(root, large);
    expect(root.getAttribute('data-text-size')).toBe('large');
    expect(root.getAttribute('data-line-spacing')).toBe('more');
    expect(root.getAttribute('data-reduce-motion')).toBe('on');
    expect(root.getAttribute('data-contrast')).toBe('more');
    expect(readAppliedDisplaySettings(root)).toEqual(large);
  });

  it('removes the attributes again for the standard look, so the stylesheet defaults apply', () => {
    const root = document.documentElement;
    root.dataset.astroTransition = 'forward';
    applyDisplaySettings(root, large);
    applyDisplaySettings(root, defaultDisplaySettings);
    expect(root.getAttributeNames().filter((name) => name.startsWith('data-'))).toEqual(['data-astro-transition']);
    expect(readAppliedDisplaySettings(root)).toEqual(defaultDisplaySettings);
  });

  it('lets "off" override the device’s reduced-motion setting', () => {
    const root = document.documentElement;
    applyDisplaySettings(root, { ...defaultDisplaySettings, reduceMotion: 'off' });
    expect(root.dataset.reduceMotion).toBe('off');
  });
});
