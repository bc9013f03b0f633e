import type { ExtraValueCheck } from './moodle-rules';
import type { LmsFaults, LmsVersion } from './emulated-lms-types';

/**
 * How the emulated LMS behaves, after LMSs that were measured or read (the project's SCORM notes):
 * - lenient: scorm-again alone, the SCORM books as scorm-again reads them; entry "" after a
 *   session that did not suspend, as Sakai gives it.
 * - moodle: Moodle 4.5's value rules and its entry rules (1.2 "" / 2004 "ab-initio" without suspend).
 * - strict: Moodle's rules, and the limits an LMS that checks values enforces (ILIAS): 1.2
 *   suspend_data at most 4096 characters.
 * - failing: a slow LMS that refuses commits (false, 101) until it is told to take them again.
 */
export const lmsPresets = ['lenient', 'moodle', 'strict', 'failing'] as const;
export type LmsPreset = (typeof lmsPresets)[number];

export const isLmsPreset = (value: unknown): value is LmsPreset => lmsPresets.includes(value as LmsPreset);

/** Whether the preset checks values as Moodle does. */
export const usesMoodleRules = (preset: LmsPreset) => preset === 'moodle' || preset === 'strict';

/** The strict preset's refusals beyond Moodle's: the 1.2 book's suspend_data size (CMIString4096). */
export function strictExtraCheck(version: LmsVersion): ExtraValueCheck | undefined {
  if (version === '2004') return undefined;
  return (element, value) => (element === 'cmi.suspend_data' && value.length > 4096 ? '405' : '0');
}

/** The faults a preset starts with: the failing LMS answers every commit late, and refuses it. */
export function presetFaults(preset: LmsPreset): LmsFaults {
  return preset === 'failing' ? { commit: 'false', commitDelayMs: 1500 } : {};
}
