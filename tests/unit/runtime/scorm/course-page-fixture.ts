/** Writes a course page following the layout contract, as the ClientRouter would swap it in. */
export const course = {
  courseId: 'peer-basics',
  version: '1.0.0',
  lessons: [
    { id: 'welcome', title: 'Welcome', required: true },
    { id: 'further-reading', title: 'Further reading', required: false },
    { id: 'listening', title: 'Listening', required: true },
    { id: 'boundaries', title: 'Boundaries', required: true },
  ],
  questions: [],
  scenarios: [],
};

/** The course JSON a page carries; quiz and scenario tests pass their own. */
type CourseJson = Omit<typeof course, 'questions' | 'scenarios'> & { questions: unknown[]; assessment?: unknown; scenarios?: unknown[] };
let pageCourse: CourseJson = course;

/** Later renders carry `json` as the page's course data (until reset with `course`). */
export function useCourseJson(json: CourseJson): void {
  pageCourse = json;
}

/** What the site serves as the page's course-data.json: the course data of the latest render. */
let servedCourse: unknown = pageCourse;
export const fetchedUrls: string[] = [];
globalThis.fetch = (async (url: string | URL) => {
  fetchedUrls.push(String(url));
  return new Response(typeof servedCourse === 'string' ? servedCourse : JSON.stringify(servedCourse));
}) as typeof fetch;

/** Serves `json` (any shape; a string is served as it is, like a server's error page) as the course data. */
export function serveCourseJson(json: unknown): void {
  servedCourse = json;
}

/** A page of the site that belongs to no course: no course data to fetch. */
export function renderPageOutsideCourse(html: string): void {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
}

export function renderCoursePage(kind: 'overview' | 'lesson', lessonId?: string, path = '/courses/peer-basics/'): void {
  const file = kind === 'overview' ? 'index.html' : `${lessonId}.html`;
  history.replaceState(null, '', `${path}${file}${location.search}`);
  document.head.innerHTML = '';
  servedCourse = pageCourse;
  document.body.dataset.pageKind = kind;
  document.body.dataset.courseId = course.courseId;
  if (lessonId) document.body.dataset.lessonId = lessonId;
  else delete document.body.dataset.lessonId;
  const marks = course.lessons.map((lesson) =>
    `<li><span data-progress-mark="${lesson.id}" data-state="not-visited" data-visited-label="Visited"><span class="visually-hidden">Not visited yet</span></span></li>`).join('');
  document.body.innerHTML = `
    <ul>${marks}</ul>
    <a data-resume-link hidden>Continue: <span data-resume-title></span></a>
    <p data-course-progress data-template="{visited} of {total} required lessons visited"></p>
    <button type="button" data-save-exit>Save and exit</button>
    <p data-tracking-mode role="status" data-text-review="Review: nothing is recorded." data-text-no-credit="This attempt doesn't count for credit."></p>
    <div data-tracking-notice role="status" aria-live="polite" data-text-saved="Your progress is saved."
      data-text-saved-lms-closes="Saved; the platform has been asked to close the course." data-text-saved-lms-exit="Saved; use the platform's own exit."
      data-text-retrying="Saving is taking longer; your progress is kept on this device."
      data-text-recovered="Your progress is saved again." data-text-shortened="The platform kept only part of it."
      data-text-not-recording="The platform is not recording; kept on this device." data-text-no-lms="No platform found; kept on this device only."
      data-text-set-aside="Saved progress could not be read; set aside."></div>`;
}

/** What the ClientRouter does after swapping a page in. */
export async function loadPage(kind: 'overview' | 'lesson', lessonId?: string): Promise<void> {
  renderCoursePage(kind, lessonId);
  document.dispatchEvent(new Event('astro:page-load'));
  await settle();
}

/** Lets queued page-load handling (and the lazy import of the local LMS) finish. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export const markStates = () =>
  [...document.querySelectorAll<HTMLElement>('[data-progress-mark]')].map((mark) => `${mark.dataset.progressMark}:${mark.dataset.state}:${mark.textContent}`);

export const noticeText = () => document.querySelector('[data-tracking-notice]')?.textContent ?? '';
export const modeText = () => document.querySelector('[data-tracking-mode]')?.textContent ?? '';
