import { moodleEntry } from '../lms/moodle-rules.js';
import type { ScormVersion } from './built-site';
import { scormNames, type FlatCmi } from './lms-log';

// What an LMS hands back on the next launch: the persistent elements, never write-only ones
// (exit, session_time), and entry "resume" only when the last session ended with exit "suspend".
const persistent: Record<ScormVersion, RegExp> = {
  '12': /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max))|suspend_data|objectives\.\d+\..+)$/,
  '2004': /^cmi\.(location|completion_status|success_status|progress_measure|score\.(scaled|raw|min|max)|suspend_data|objectives\.\d+\..+|interactions\.\d+\..+)$/,
};

/**
 * The flattened CMI a fresh LMS session starts from after `stored` was persisted. The `moodle`
 * preset gives the entry Moodle 4.5 gives (2004: "ab-initio" unless the last exit was "suspend").
 */
export function createRelaunchData(version: ScormVersion, stored: FlatCmi, preset?: 'moodle'): FlatCmi {
  const kept = Object.entries(stored).filter(([key, value]) => persistent[version].test(key) && value !== '');
  const names = scormNames[version];
  const entry = preset === 'moodle' ? moodleEntry(version, stored) : stored[names.exit] === 'suspend' ? 'resume' : '';
  return { ...Object.fromEntries(kept), [names.entry]: entry };
}
