import type { CourseTracker } from './course-tracker';
import { readCourseTracker, whenCourseTrackerReady } from './start-course-tracking';

/**
 * Waits for this launch's course tracker and returns a way to reach the one running at each call:
 * on the plain website "Save and exit" ends the local session and the next page load starts
 * another from the same saved state. Rejects when the page has no course tracking, so an island
 * can say its progress is not kept rather than pretend it is.
 */
export async function connectRunningTracker(what: string): Promise<() => CourseTracker> {
  const connected = await whenCourseTrackerReady();
  if (!connected) throw new Error(`Course tracking is not running on this page, so ${what} cannot be saved.`);
  return () => readCourseTracker() ?? connected;
}
