import {
  applyDisplaySettings,
  defaultDisplaySettings,
  readAppliedDisplaySettings,
  toDisplaySettings,
  writeDisplaySettings,
  type DisplaySettings,
} from './display-settings';

export interface DisplaySettingsEnvironment {
  root: HTMLElement;
  storage: Storage | undefined;
  prefersReducedMotion: () => boolean;
}

/** The change one control makes; each applies at once (a change of look, not of context). */
function withControl(settings: DisplaySettings, control: HTMLInputElement): DisplaySettings {
  if (control.type === 'radio') return toDisplaySettings({ ...settings, [control.name]: control.value });
  if (control.name === 'reduceMotion') return { ...settings, reduceMotion: control.checked ? 'on' : 'off' };
  if (control.name === 'contrast') return { ...settings, contrast: control.checked ? 'more' : 'standard' };
  return settings;
}

function showSettings(form: HTMLFormElement, settings: DisplaySettings, prefersReducedMotion: () => boolean): void {
  for (const control of form.querySelectorAll<HTMLInputElement>('input')) {
    if (control.type === 'radio') control.checked = settings[control.name as keyof DisplaySettings] === control.value;
    else if (control.name === 'reduceMotion') {
      control.checked = settings.reduceMotion === 'on' || (settings.reduceMotion === 'system' && prefersReducedMotion());
    } else if (control.name === 'contrast') control.checked = settings.contrast === 'more';
  }
}

/** Wires one `[data-display-settings]` disclosure; safe to call again after a ClientRouter swap. */
export function mountDisplaySettings(disclosure: HTMLDetailsElement, environment: DisplaySettingsEnvironment): void {
  const form = disclosure.querySelector('form');
  if (!form || disclosure.dataset.enhanced) return;
  disclosure.dataset.enhanced = 'true';
  const { root, storage, prefersReducedMotion } = environment;
  const choose = (settings: DisplaySettings) => {
    applyDisplaySettings(root, settings);
    writeDisplaySettings(storage, settings);
    showSettings(form, settings, prefersReducedMotion);
  };
  showSettings(form, readAppliedDisplaySettings(root), prefersReducedMotion);
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement) choose(withControl(readAppliedDisplaySettings(root), event.target));
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('[data-display-reset]')?.addEventListener('click', () => choose({ ...defaultDisplaySettings }));
  disclosure.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !disclosure.open) return;
    disclosure.open = false;
    disclosure.querySelector('summary')?.focus();
  });
}

function readLocalStorage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined; // blocked, e.g. in a sandboxed LMS frame
  }
}

/** The component script's entry: every disclosure on the page, with this browser's storage. */
export function mountDisplaySettingsIn(doc: Document): void {
  const environment: DisplaySettingsEnvironment = {
    root: doc.documentElement,
    storage: readLocalStorage(),
    prefersReducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
  for (const disclosure of doc.querySelectorAll<HTMLDetailsElement>('details[data-display-settings]')) {
    mountDisplaySettings(disclosure, environment);
  }
}
