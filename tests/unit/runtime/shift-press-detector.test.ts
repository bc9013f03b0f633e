import { describe, expect, it, vi } from 'vitest';
import { createShiftPressDetector, type KeyPress } from '../../../src/runtime/shift-press-detector';

const shift: KeyPress = { key: 'Shift', repeat: false, ctrlKey: false, altKey: false, metaKey: false };
const key = (overrides: Partial<KeyPress>): KeyPress => ({ ...shift, ...overrides });

/** Presses keys at the given times (ms) and reports how often the exit fired. */
function press(sequence: [number, KeyPress][]): number {
  let now = 0;
  const onDetected = vi.fn();
  const detect = createShiftPressDetector({ onDetected, now: () => now });
  for (const [at, event] of sequence) {
    now = at;
    detect(event);
  }
  return onDetected.mock.calls.length;
}

describe('the Shift three times shortcut', () => {
  it('fires on three Shift presses within a second', () => {
    expect(press([[0, shift], [300, shift], [700, shift]])).toBe(1);
    expect(press([[5_000, shift], [5_400, shift], [6_000, shift]])).toBe(1);
  });

  it('does not fire when the presses are slower than that', () => {
    expect(press([[0, shift], [600, shift], [1_200, shift]])).toBe(0);
    expect(press([[0, shift], [2_000, shift], [4_000, shift]])).toBe(0);
  });

  it('keeps counting within the window after an early press has expired', () => {
    expect(press([[0, shift], [900, shift], [1_300, shift], [1_600, shift]])).toBe(1);
  });

  it('starts again when another key comes in between (capitals, Shift+Tab)', () => {
    expect(press([[0, shift], [100, key({ key: 'A' })], [200, shift], [300, shift]])).toBe(0);
    expect(press([[0, shift], [100, shift], [150, key({ key: 'Tab' })], [200, shift]])).toBe(0);
    expect(press([[0, shift], [100, key({ key: 'Escape' })], [200, shift], [300, shift], [400, shift]])).toBe(1);
  });

  it('does not count Shift pressed together with Ctrl, Alt or Meta', () => {
    expect(press([[0, shift], [100, key({ ctrlKey: true })], [200, shift]])).toBe(0);
    expect(press([[0, key({ altKey: true })], [100, key({ metaKey: true })], [200, shift]])).toBe(0);
  });

  it('treats a held Shift (auto-repeat) as one press', () => {
    const held = key({ repeat: true });
    expect(press([[0, shift], [30, held], [60, held], [90, held], [120, held]])).toBe(0);
    expect(press([[0, shift], [30, held], [60, held], [300, shift], [600, shift]])).toBe(1);
  });

  it('never reacts to Escape alone', () => {
    expect(press([[0, key({ key: 'Escape' })], [100, key({ key: 'Escape' })], [200, key({ key: 'Escape' })]])).toBe(0);
  });

  it('needs three fresh presses after firing', () => {
    expect(press([[0, shift], [100, shift], [200, shift], [300, shift], [400, shift]])).toBe(1);
    expect(press([[0, shift], [100, shift], [200, shift], [300, shift], [400, shift], [500, shift]])).toBe(2);
  });
});
