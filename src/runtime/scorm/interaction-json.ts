import type { InteractionRecord } from '../../core/scorm/interaction';
import { toInteractionFields12, toInteractionFields2004 } from '../../core/scorm/interaction-fields';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An interaction as JSON.stringify wrote it (the timestamp as ISO text), back as a record either
 * SCORM version can send; undefined for anything else, so a damaged device copy sends nothing wrong.
 */
export function readInteractionRecord(value: unknown): InteractionRecord | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.timestamp !== 'string') return undefined;
  const timestamp = new Date(value.timestamp);
  if (Number.isNaN(timestamp.getTime())) return undefined;
  const record = { ...value, timestamp } as InteractionRecord;
  try {
    toInteractionFields2004(record);
    // 1.2 needs the options a choice was shown with; a record without them is still fine for 2004.
    if (record.type === 'true-false' || record.options !== undefined) toInteractionFields12(record);
    return record;
  } catch {
    return undefined;
  }
}
