import { clamp } from './decimal';

const CENTISECONDS_PER_HOUR = 360_000;
// CMITimespan in SCORM 1.2 allows at most four hour digits.
const MAX_CENTISECONDS_12 = 9999 * CENTISECONDS_PER_HOUR + 59 * 6000 + 5999;

interface TimeParts {
  hours: number;
  minutes: number;
  seconds: number;
  centiseconds: number;
}

function splitCentiseconds(total: number): TimeParts {
  return {
    hours: Math.floor(total / CENTISECONDS_PER_HOUR),
    minutes: Math.floor((total % CENTISECONDS_PER_HOUR) / 6000),
    seconds: Math.floor((total % 6000) / 100),
    centiseconds: total % 100,
  };
}

function toCentiseconds(milliseconds: number): number {
  return Number.isFinite(milliseconds) && milliseconds > 0 ? Math.round(milliseconds / 10) : 0;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`, e.g. `0001:02:03.50`; capped at 9999 hours. */
export function formatSessionTime12(milliseconds: number): string {
  const parts = splitCentiseconds(clamp(toCentiseconds(milliseconds), 0, MAX_CENTISECONDS_12));
  const fraction = parts.centiseconds > 0 ? `.${pad(parts.centiseconds, 2)}` : '';
  return `${pad(parts.hours, 4)}:${pad(parts.minutes, 2)}:${pad(parts.seconds, 2)}${fraction}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.5S`; seconds carry at most 2 decimals. */
export function formatSessionTime2004(milliseconds: number): string {
  const parts = splitCentiseconds(toCentiseconds(milliseconds));
  const seconds = parts.seconds + parts.centiseconds / 100;
  const hours = parts.hours > 0 ? `${parts.hours}H` : '';
  const minutes = parts.minutes > 0 ? `${parts.minutes}M` : '';
  const needsSeconds = seconds > 0 || (hours === '' && minutes === '');
  const secondsText = needsSeconds ? `${Number(seconds.toFixed(2))}S` : '';
  return `PT${hours}${minutes}${secondsText}`;
}
