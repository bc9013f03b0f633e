/** Where the learner's display choices live: this browser only, never the LMS. */
export const displayStorageKey = 'peerpath:display';

/** Each choice and its allowed values; the first is the default. */
export const displayChoices = {
  textSize: ['standard', 'large', 'larger'],
  lineSpacing: ['standard', 'more'],
  /** "system" follows the device's prefers-reduced-motion setting. */
  reduceMotion: ['system', 'on', 'off'],
  contrast: ['standard', 'more'],
} as const;

export type DisplayChoice = keyof typeof displayChoices;
export type DisplaySettings = { [Choice in DisplayChoice]: (typeof displayChoices)[Choice][number] };

const choiceNames = Object.keys(displayChoices) as DisplayChoice[];

export const defaultDisplaySettings: DisplaySettings = {
  textSize: 'standard',
  lineSpacing: 'standard',
  reduceMotion: 'system',
  contrast: 'standard',
};

function isValue<Choice extends DisplayChoice>(choice: Choice, value: unknown): value is DisplaySettings[Choice] {
  return (displayChoices[choice] as readonly unknown[]).includes(value);
}

/** Keeps only known values, so an old or hand-edited entry can never break the page. */
export function toDisplaySettings(value: unknown): DisplaySettings {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings = { ...defaultDisplaySettings };
  for (const choice of choiceNames) {
    const candidate = source[choice];
    if (isValue(choice, candidate)) (settings as Record<DisplayChoice, string>)[choice] = candidate;
  }
  return settings;
}

export function readDisplaySettings(storage: Storage | undefined): DisplaySettings {
  try {
    return toDisplaySettings(JSON.parse(storage?.getItem(displayStorageKey) ?? 'null'));
  } catch {
    return { ...defaultDisplaySettings };
  }
}

/** False when the browser refuses storage (a sandboxed LMS frame): the choice then lasts for this visit. */
export function writeDisplaySettings(storage: Storage | undefined, settings: DisplaySettings): boolean {
  try {
    if (!storage) return false;
    storage.setItem(displayStorageKey, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** `<html data-text-size="large" …>`: theme.css reacts to these. Defaults leave no attribute. */
export function applyDisplaySettings(root: HTMLElement, settings: DisplaySettings): void {
  for (const choice of choiceNames) {
    if (settings[choice] === defaultDisplaySettings[choice]) delete root.dataset[choice];
    else root.dataset[choice] = settings[choice];
  }
}

/** What the page shows now, read back from `<html>` (the head script may have set it). */
export function readAppliedDisplaySettings(root: HTMLElement): DisplaySettings {
  return toDisplaySettings(root.dataset);
}
