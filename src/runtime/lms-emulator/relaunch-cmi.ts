import type { FlatCmi, LmsVersion } from './emulated-lms-types';
import { moodleEntry } from './moodle-rules';
import { usesMoodleRules, type LmsPreset } from './lms-presets';

// What an LMS hands back on the next launch: the persistent elements, never write-only ones
// (exit, session_time; in 1.2 interactions too).
const persistent = {
  '12': /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max))|suspend_data|objectives\.\d+\..+)$/,
  '2004': /^cmi\.(location|completion_status|success_status|progress_measure|score\.(scaled|raw|min|max)|suspend_data|objectives\.\d+\..+|interactions\.\d+\..+)$/,
};

/** How the next launch is opened: as the learner's own attempt, or for looking back at a finished one. */
export type LaunchMode = 'normal' | 'review';

/**
 * The flattened CMI a fresh session starts from after `stored` was persisted. Entry follows the preset:
 * Moodle's rules for moodle and strict, otherwise "resume" after exit "suspend" and "" after anything else.
 * Review mode is launched as Moodle does for a completed attempt: mode "review", credit "no-credit".
 */
export function createRelaunchCmi(version: LmsVersion, stored: FlatCmi, preset: LmsPreset = 'lenient', mode: LaunchMode = 'normal'): FlatCmi {
  const old = version !== '2004';
  const kept = Object.entries(stored).filter(([key, value]) => persistent[old ? '12' : '2004'].test(key) && value !== '');
  const exit = stored[old ? 'cmi.core.exit' : 'cmi.exit'];
  const entry = usesMoodleRules(preset) ? moodleEntry(version, stored) : exit === 'suspend' ? 'resume' : '';
  const relaunch: FlatCmi = { ...Object.fromEntries(kept), [old ? 'cmi.core.entry' : 'cmi.entry']: entry };
  if (mode === 'review') {
    relaunch[old ? 'cmi.core.lesson_mode' : 'cmi.mode'] = 'review';
    relaunch[old ? 'cmi.core.credit' : 'cmi.credit'] = 'no-credit';
  }
  return relaunch;
}

/** The CMI a new attempt starts from: nothing stored, entry "ab-initio" (every LMS measured gives it). */
export const createFirstLaunchCmi = (version: LmsVersion): FlatCmi => ({ [version === '2004' ? 'cmi.entry' : 'cmi.core.entry']: 'ab-initio' });
