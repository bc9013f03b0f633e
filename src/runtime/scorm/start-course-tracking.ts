import { createAdapter12 } from './adapter-12';
import { createAdapter2004 } from './adapter-2004';
import { loadCourseContext, readPageContext, toLessonUrl, type CourseContext, type PageContext } from './course-page-context';
import { renderCourseProgress, renderProgressMarks, renderResumeLink } from './course-progress-view';
import { createDeviceCopy } from './device-copy';
import { createDiagnosticLog } from './diagnostic-log';
import { findLmsApi, type FrameLike } from './find-lms-api';
import type { LmsAdapter } from './lms-adapter';
import { chooseLeavingWording, isFramed, type LeavingWording } from './leaving-wording';
import { createLocalLms } from './local-lms';
import { chooseScormVersion } from './scorm-version-choice';
import type { CourseTracker, TrackingStatus } from './course-tracker';
import { createCourseTracker } from './tracker';
import { renderTrackingMode, renderTrackingNotice } from './tracking-notice';
import { whenPageIdle } from '../when-page-idle';

export interface StartCourseTrackingOptions {
  /** `navigate` from `astro:transitions/client`: moves without unloading, so the LMS session lives on. */
  navigate: (href: string) => unknown;
  /** Where API discovery starts; this window unless a test says otherwise. */
  frame?: FrameLike;
  /** Stops listening to the document when aborted (tests, hot reload). */
  signal?: AbortSignal;
}

interface Session {
  course: CourseContext;
  tracker: CourseTracker;
  /** No LMS was found: the in-page local LMS, which may simply start again. */
  local: boolean;
  resumeOnOverview: boolean;
}

let started: Promise<CourseTracker | undefined> | undefined;
let pageLoads: Promise<void> = Promise.resolve();
let announceStart: () => void = () => {};
const startCalled = new Promise<void>((resolve) => {
  announceStart = resolve;
});
let session: Session | undefined;
let lastStatus: TrackingStatus | undefined;
let leaving: LeavingWording = 'close-window';

const readStorage = (read: () => Storage) => {
  try {
    return read();
  } catch {
    return undefined; // storage blocked, e.g. a sandboxed LMS frame
  }
};

function showStatus(status: TrackingStatus): void {
  lastStatus = status;
  renderTrackingNotice(document, status, leaving);
}

// The plain site shows the lesson before loading scorm-again for the local record; what the learner
// does meanwhile waits for the tracker, which starts once it is there.
async function createLocalLmsOnceIdle(courseId: string, storage: Storage | undefined, onSetAside: () => void) {
  await whenPageIdle();
  return createLocalLms(courseId, storage, { onSetAside });
}

async function connect(course: CourseContext, frame: FrameLike): Promise<Session> {
  const sessionStore = readStorage(() => sessionStorage);
  const localStore = readStorage(() => localStorage);
  // A launch URL or an earlier page of this launch named a SCORM version: this is a package launch.
  const version = chooseScormVersion(location.search, sessionStore);
  const found = findLmsApi(frame, version);
  const diagnostics = createDiagnosticLog({ storage: sessionStore, courseId: course.courseId });
  lastStatus = undefined;
  leaving = chooseLeavingWording(isFramed(window), found?.version);
  // Set by the local LMS's callback while it opens, which narrowing cannot see.
  const localRecord = { setAside: false };
  const adapter: LmsAdapter = found
    ? found.version === '1.2' ? createAdapter12(found.api, diagnostics) : createAdapter2004(found.api, diagnostics)
    : createAdapter12(await createLocalLmsOnceIdle(course.courseId, localStore, () => (localRecord.setAside = true)), diagnostics);
  const tracker = createCourseTracker({
    adapter,
    lessons: course.lessons,
    questions: course.questions,
    assessment: course.assessment,
    scenarios: course.scenarios,
    onStatus: showStatus,
    ...(found ? { device: createDeviceCopy(course.courseId, { session: sessionStore, local: localStore }) } : {}),
  });
  tracker.start();
  // Told once: the record set aside is under its own key now, so the next session reads a good one.
  if (localRecord.setAside) showStatus('set-aside');
  else if (!found && version !== undefined) showStatus('no-lms');
  // Inside an LMS a returning learner lands on the overview: take them back to their lesson,
  // whatever cmi.entry says (Moodle says "ab-initio" over a stored 2004 attempt).
  return { course, tracker, local: !found, resumeOnOverview: !!found && tracker.readLocation() !== undefined };
}

function applyPage(current: Session, page: PageContext, navigate: (href: string) => unknown): void {
  const { course, tracker } = current;
  if (page.courseId !== undefined && page.courseId !== course.courseId) return;
  if (page.kind === 'lesson' && page.lessonId) {
    tracker.setLocation(page.lessonId);
    tracker.visitLesson(page.lessonId);
  }
  renderProgressMarks(document, tracker.readVisitedLessonIds());
  renderCourseProgress(document, tracker.readProgress());
  const bookmarkId = tracker.readLocation();
  const bookmark = course.lessons.find((lesson) => lesson.id === bookmarkId);
  const href = bookmark && toLessonUrl(bookmark, location.href);
  renderResumeLink(document, bookmark, href);
  renderTrackingNotice(document, lastStatus, leaving);
  renderTrackingMode(document, tracker.readLaunch());
  if (current.resumeOnOverview && page.kind === 'overview' && href) void navigate(href);
  current.resumeOnOverview = false;
}

async function handlePageLoad(options: StartCourseTrackingOptions): Promise<void> {
  const page = readPageContext(document);
  if (!page.courseId) return;
  const switching = session?.local && (session.course.courseId !== page.courseId || session.tracker.isFinished());
  if (!session || switching) {
    // The course's data is fetched only to start a session: later pages of the same course need none of it.
    const course = await loadCourseContext();
    if (!course) return;
    // On the plain site the learner may open another course, or come back after "Save and exit"
    // or from the back-forward cache: each starts a new local session from what was saved.
    session?.tracker.finish('pagehide');
    session = await connect(course, options.frame ?? window);
  }
  applyPage(session, page, options.navigate);
}

function wireDocumentHooks(enqueue: () => Promise<void>, signal: AbortSignal | undefined): void {
  const listening = { signal };
  document.addEventListener('astro:page-load', () => void enqueue(), listening);
  // Back from the back-forward cache after pagehide terminated the session: an LMS session
  // cannot start again, so say progress is kept here now; the local LMS starts a new one on the page load.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    if (session && !session.local && session.tracker.isFinished()) showStatus('not-recording');
    void enqueue();
  }, listening);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session?.tracker.saveState();
  }, listening);
  // pagehide, not unload: unload is blocked in some LMS frames and breaks the back-forward cache.
  window.addEventListener('pagehide', () => session?.tracker.finish('pagehide'), listening);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('[data-save-exit]')) return;
    // Pressed before the first page is recorded (on the plain site the local LMS waits for the page
    // to be idle): save and exit once it is, rather than leaving the press unanswered.
    if (session) session.tracker.finish('save-and-exit');
    else void pageLoads.then(() => session?.tracker.finish('save-and-exit'));
  }, listening);
}

/**
 * The entry a course page's script calls once. Finds the LMS (or starts the local one), starts
 * one tracking session for this launch and keeps it across ClientRouter navigations: each
 * `astro:page-load` records the lesson shown and refreshes the page's progress marks.
 * Resolves with the tracker (for quizzes to report to) once the first page is recorded.
 */
export function startCourseTracking(options: StartCourseTrackingOptions): Promise<CourseTracker | undefined> {
  if (started) return started;
  // Page loads are handled one at a time (the first may still be loading the local LMS), and a
  // failure to track never breaks the page: the next page load simply tries again.
  const enqueue = () => (pageLoads = pageLoads.then(() => handlePageLoad(options)).catch(() => {}));
  wireDocumentHooks(enqueue, options.signal);
  started = enqueue().then(() => session?.tracker);
  announceStart();
  return started;
}

/** The tracker of the running session, if any: what quizzes and scenarios report to. */
export function readCourseTracker(): CourseTracker | undefined {
  return session?.tracker;
}

/**
 * The tracker once the page loads queued so far are recorded: quizzes may hydrate before the
 * page's script calls startCourseTracking, so this waits for that call. Undefined on a page
 * without course data (nothing will start there) or when tracking could not start.
 */
export async function whenCourseTrackerReady(): Promise<CourseTracker | undefined> {
  if (!started && !readPageContext(document).courseId) return undefined;
  await startCalled;
  await pageLoads;
  return session?.tracker;
}
