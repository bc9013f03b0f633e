import { clamp, formatDecimal } from './decimal';

/** A score as the course computes it, e.g. 7 of 10 points. */
export interface Score {
  raw: number;
  min: number;
  max: number;
}

function assertValidScore(score: Score): void {
  const finite = [score.raw, score.min, score.max].every(Number.isFinite);
  if (!finite || score.max <= score.min) {
    throw new RangeError(`A score needs finite numbers and max > min, got ${JSON.stringify(score)}`);
  }
}

/** Share of the range reached, in [-1, 1] as `cmi.score.scaled` requires (many LMSs grade only from it). */
export function scaleScore(score: Score): number {
  assertValidScore(score);
  return clamp((score.raw - score.min) / (score.max - score.min), -1, 1);
}

/**
 * SCORM 1.2 `cmi.core.score.*`: LMSs read raw as a percentage and reject anything outside 0–100,
 * so every score is reported as a percentage of its range.
 */
export function toScore12(score: Score): { raw: string; min: string; max: string } {
  const percent = clamp(scaleScore(score) * 100, 0, 100);
  return { raw: formatDecimal(percent, 2), min: '0', max: '100' };
}

/** SCORM 2004 `cmi.score.*`: raw, min and max as authored plus scaled. */
export function toScore2004(score: Score): { raw: string; min: string; max: string; scaled: string } {
  return {
    raw: formatDecimal(score.raw, 2),
    min: formatDecimal(score.min, 2),
    max: formatDecimal(score.max, 2),
    scaled: formatDecimal(scaleScore(score), 4),
  };
}
