/** The parts of a keydown event the detector looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'repeat' | 'ctrlKey' | 'altKey' | 'metaKey'>;

export interface ShiftPressDetectorOptions {
  /** Called once each time the sequence completes. */
  onDetected: () => void;
  presses?: number;
  /** The whole sequence must fit in this many milliseconds. */
  windowMs?: number;
  now?: () => number;
}

/**
 * The GOV.UK "Exit this page" shortcut: Shift pressed on its own three times in quick succession.
 * Not Escape: people press Escape all the time to close things. Any other key in between starts
 * the count again, so typing capitals or Shift+Tab never adds up to an exit; a held Shift's
 * auto-repeat is one press, not many.
 */
export function createShiftPressDetector(options: ShiftPressDetectorOptions): (event: KeyPress) => void {
  const { onDetected, presses = 3, windowMs = 1000, now = () => performance.now() } = options;
  let times: number[] = [];
  return (event) => {
    if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) {
      times = [];
      return;
    }
    if (event.repeat) return;
    const at = now();
    times = [...times.filter((time) => at - time <= windowMs), at];
    if (times.length < presses) return;
    times = [];
    onDetected();
  };
}
