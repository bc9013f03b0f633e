import { readPageContext } from './course-page-context';
import type { CourseTracker } from './course-tracker';
import { startCourseTracking, type CourseTracking, type StartCourseTrackingOptions } from './start-course-tracking';

// A launch has one LMS session, started by the course page's script. Astro hydrates each quiz and
// scenario island as its own module with serialisable props only, so the tracking cannot be handed
// to them: this is where they meet it. Everything else receives it explicitly.
let pageTracking: CourseTracking | undefined;
let announce: (tracking: CourseTracking) => void = () => {};
const announced = new Promise<CourseTracking>((resolve) => {
  announce = resolve;
});

/** Starts the page's course tracking once; later calls (another script, hot reload) get the same one. */
export function startPageCourseTracking(options: StartCourseTrackingOptions): CourseTracking {
  if (pageTracking) return pageTracking;
  pageTracking = startCourseTracking(options);
  announce(pageTracking);
  return pageTracking;
}

/** The page's running tracker, if any. */
export function readPageCourseTracker(): CourseTracker | undefined {
  return pageTracking?.readTracker();
}

/**
 * The page's tracker once the page loads queued so far are recorded: islands may hydrate before
 * the page's script starts tracking, so this waits for it. Undefined on a page without course
 * data (nothing will start there) or when tracking could not start.
 */
export async function whenPageCourseTrackerReady(): Promise<CourseTracker | undefined> {
  if (!pageTracking && !readPageContext(document).courseId) return undefined;
  return (await announced).whenReady();
}
