const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `YYYY-MM-DDThh:mm:ss` in the learner's local time: a SCORM 2004 `time (second,10,0)` without a
 * time zone, which the spec reads as local time. No fraction, so the same text suits every LMS.
 */
export function formatTimestamp(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${formatClockTime(date)}`;
}

/** `hh:mm:ss` local clock time: SCORM 1.2 interactions carry `time` (CMITime), not a full timestamp. */
export function formatClockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
