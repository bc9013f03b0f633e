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
  /** Where `course` was read: each language version of a course has its own, with its lesson titles. */
  courseDataUrl: string;
  tracker: CourseTracker;
  /** No LMS was found: the in-page local LMS, which may simply start again. */
  local: boolean;
  resumeOnOverview: boolean;
}

/** What a launch's tracking keeps between page loads; handed to each step rather than held by the module. */
interface TrackingState {
  session: Session | undefined;
  lastStatus: TrackingStatus | undefined;
  leaving: LeavingWording;
  /** Page loads are handled one at a time: the first may still be loading the local LMS. */
  pageLoads: Promise<void>;
}

/** A launch's course tracking: one LMS session kept across ClientRouter navigations. */
export interface CourseTracking {
  /** Resolves with the tracker once the first page is recorded (undefined when tracking could not start). */
  readonly started: Promise<CourseTracker | undefined>;
  /** The tracker of the running session, if any: what quizzes and scenarios report to. */
  readTracker(): CourseTracker | undefined;
  /** The tracker once the page loads queued so far are recorded. */
  whenReady(): Promise<CourseTracker | undefined>;
}

const readStorage = (read: () => Storage) => {
  try {
    return read();
  } catch {
    return undefined; // storage blocked, e.g. a sandboxed LMS frame
  }
};

function showStatus(state: TrackingState, status: TrackingStatus): void {
  state.lastStatus = status;
  renderTrackingNotice(document, status, state.leaving);
}

// The plain site shows the lesson before loading scorm-again for the local record; what the learner
// does meanwhile waits for the tracker, which starts once it is there.
async function createLocalLmsOnceIdle(courseId: string, storage: Storage | undefined, onSetAside: () => void) {
  await whenPageIdle();
  return createLocalLms(courseId, storage, { onSetAside });
}

async function connect(state: TrackingState, course: CourseContext, frame: FrameLike): Promise<Session> {
  const sessionStore = readStorage(() => sessionStorage);
  const localStore = readStorage(() => localStorage);
  // A launch URL or an earlier page of this launch named a SCORM version: this is a package launch.
  const version = chooseScormVersion(location.search, sessionStore);
  const found = findLmsApi(frame, version);
  const diagnostics = createDiagnosticLog({ storage: sessionStore, courseId: course.courseId });
  state.lastStatus = undefined;
  state.leaving = chooseLeavingWording(isFramed(window), found?.version);
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
    onStatus: (status) => showStatus(state, status),
    ...(found ? { device: createDeviceCopy(course.courseId, { session: sessionStore, local: localStore }) } : {}),
  });
  tracker.start();
  // Told once: the record set aside is under its own key now, so the next session reads a good one.
  if (localRecord.setAside) showStatus(state, 'set-aside');
  else if (!found && version !== undefined) showStatus(state, 'no-lms');
  // Inside an LMS a returning learner lands on the overview: take them back to their lesson,
  // whatever cmi.entry says (Moodle says "ab-initio" over a stored 2004 attempt).
  return { course, courseDataUrl: readCourseDataUrl(), tracker, local: !found, resumeOnOverview: !!found && tracker.readLocation() !== undefined };
}

function applyPage(state: TrackingState, current: Session, page: PageContext, navigate: (href: string) => unknown): void {
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
  renderTrackingNotice(document, state.lastStatus, state.leaving);
  renderTrackingMode(document, tracker.readLaunch());
  if (current.resumeOnOverview && page.kind === 'overview' && href) void navigate(href);
  current.resumeOnOverview = false;
}

const readCourseDataUrl = () => new URL('course-data.json', location.href).href;

/**
 * The language switch led to another language version of the same course: one record, so the
 * session goes on, but what the pages show of the course data (lesson titles) is in this language.
 */
async function followLanguageVersion(current: Session): Promise<void> {
  const url = readCourseDataUrl();
  if (current.courseDataUrl === url) return;
  current.courseDataUrl = url;
  const course = await loadCourseContext();
  if (course?.courseId === current.course.courseId) current.course = { ...current.course, lessons: course.lessons };
}

async function handlePageLoad(state: TrackingState, options: StartCourseTrackingOptions): Promise<void> {
  const page = readPageContext(document);
  if (!page.courseId) return;
  const switching = state.session?.local && (state.session.course.courseId !== page.courseId || state.session.tracker.isFinished());
  if (!state.session || switching) {
    // The course's data is fetched only to start a session: later pages of the same course need none of it.
    const course = await loadCourseContext();
    if (!course) return;
    // On the plain site the learner may open another course, or come back after "Save and exit"
    // or from the back-forward cache: each starts a new local session from what was saved.
    state.session?.tracker.finish('pagehide');
    state.session = await connect(state, course, options.frame ?? window);
  } else {
    await followLanguageVersion(state.session);
  }
  applyPage(state, state.session, page, options.navigate);
}

function wireDocumentHooks(state: TrackingState, enqueue: () => Promise<void>, signal: AbortSignal | undefined): void {
  const listening = { signal };
  document.addEventListener('astro:page-load', () => void enqueue(), listening);
  // Back from the back-forward cache after pagehide terminated the session: an LMS session
  // cannot start again, so say progress is kept here now; the local LMS starts a new one on the page load.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const { session } = state;
    if (session && !session.local && session.tracker.isFinished()) showStatus(state, 'not-recording');
    void enqueue();
  }, listening);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') state.session?.tracker.saveState();
  }, listening);
  // pagehide, not unload: unload is blocked in some LMS frames and breaks the back-forward cache.
  window.addEventListener('pagehide', () => state.session?.tracker.finish('pagehide'), listening);
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('[data-save-exit]')) return;
    // Pressed before the first page is recorded (on the plain site the local LMS waits for the page
    // to be idle): save and exit once it is, rather than leaving the press unanswered.
    if (state.session) state.session.tracker.finish('save-and-exit');
    else void state.pageLoads.then(() => state.session?.tracker.finish('save-and-exit'));
  }, listening);
}

/**
 * Starts a launch's course tracking: finds the LMS (or starts the local one), starts one tracking
 * session and keeps it across ClientRouter navigations: each `astro:page-load` records the lesson
 * shown and refreshes the page's progress marks. A failure to track never breaks the page: the
 * next page load simply tries again.
 */
export function startCourseTracking(options: StartCourseTrackingOptions): CourseTracking {
  const state: TrackingState = { session: undefined, lastStatus: undefined, leaving: 'close-window', pageLoads: Promise.resolve() };
  const enqueue = () => (state.pageLoads = state.pageLoads.then(() => handlePageLoad(state, options)).catch(() => {}));
  wireDocumentHooks(state, enqueue, options.signal);
  const started = enqueue().then(() => state.session?.tracker);
  return {
    started,
    readTracker: () => state.session?.tracker,
    whenReady: async () => {
      await state.pageLoads;
      return state.session?.tracker;
    },
  };
}
