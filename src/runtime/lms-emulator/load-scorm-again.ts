import type { ScormAgainClass } from './emulated-lms';
import type { EmulatedVersion } from './scorm-api-names';

/**
 * scorm-again's LMS-side API class for a version, loaded on demand so a page pays only for the one it
 * runs. The "./scormXX/min" types declare a default export, but the ESM builds export the class by name.
 */
export async function loadScormAgain(version: EmulatedVersion): Promise<ScormAgainClass> {
  if (version === '12') return ((await import('scorm-again/scorm12/min')) as unknown as { Scorm12API: ScormAgainClass }).Scorm12API;
  return ((await import('scorm-again/scorm2004/min')) as unknown as { Scorm2004API: ScormAgainClass }).Scorm2004API;
}
