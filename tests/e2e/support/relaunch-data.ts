import { createRelaunchCmi } from '../../../src/runtime/lms-emulator/relaunch-cmi';
import type { ScormVersion } from './built-site';
import type { FlatCmi } from './lms-log';

/**
 * The flattened CMI a fresh LMS session starts from after `stored` was persisted, as the emulated
 * LMS's relaunch gives it. The `moodle` preset gives the entry Moodle 4.5 gives (2004: "ab-initio"
 * unless the last exit was "suspend"); without, "resume" after "suspend" and "" otherwise.
 */
export function createRelaunchData(version: ScormVersion, stored: FlatCmi, preset?: 'moodle'): FlatCmi {
  return createRelaunchCmi(version, stored, preset ?? 'lenient');
}
