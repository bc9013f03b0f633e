import { clamp } from '../../core/scorm/decimal';

/** A stored raw score as a 0–100 percentage of its range (min 0 and max 100 when missing); undefined when none is stored. */
export function readStoredScore(rawText: string, minText: string, maxText: string): number | undefined {
  const raw = Number.parseFloat(rawText);
  if (!Number.isFinite(raw)) return undefined;
  const min = Number.parseFloat(minText);
  const max = Number.parseFloat(maxText);
  const low = Number.isFinite(min) ? min : 0;
  const high = Number.isFinite(max) && max > low ? max : 100;
  return clamp(((raw - low) / (high - low)) * 100, 0, 100);
}
