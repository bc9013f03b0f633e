// The emulated LMS's public surface: the trainers' LMS preview and the browser tests' LMS page use this.
export { createEmulatedLms, type EmulatedLms, type ScormAgainClass } from './emulated-lms';
export type { FlatCmi, LmsCall, LmsFaults } from './emulated-lms-types';
export { launchCourse, type CourseLaunch } from './launch-course';
export { isLmsPreset, lmsPresets, type LmsPreset } from './lms-presets';
export { loadScormAgain } from './load-scorm-again';
export { applyMoodleRules, moodleEntry } from './moodle-rules';
export { createFirstLaunchCmi, createRelaunchCmi, type LaunchMode } from './relaunch-cmi';
export { scormApiNames, type EmulatedVersion } from './scorm-api-names';
