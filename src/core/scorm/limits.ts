import type { ScormVersion } from './scorm-version';

/** Longest `suspend_data` each version guarantees: 1.2 CMIString4096, 2004 SPM 64000. */
export const SUSPEND_DATA_MAX_LENGTH: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** Longest bookmark: 1.2 `cmi.core.lesson_location` CMIString255, 2004 `cmi.location` SPM 1000. */
export const LOCATION_MAX_LENGTH: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };

export function fitsSuspendData(version: ScormVersion, text: string): boolean {
  return text.length <= SUSPEND_DATA_MAX_LENGTH[version];
}

export function fitsLocation(version: ScormVersion, text: string): boolean {
  return text.length <= LOCATION_MAX_LENGTH[version];
}
