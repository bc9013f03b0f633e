import type { CourseProgress } from '../../core/scorm/course-progress';
import type { CourseLesson } from './course-page-context';

/** Marks each visited lesson in the course navigation with the page's own, translated label. */
export function renderProgressMarks(doc: Document, visitedLessonIds: ReadonlySet<string>): void {
  for (const mark of doc.querySelectorAll<HTMLElement>('[data-progress-mark]')) {
    const lessonId = mark.dataset.progressMark ?? '';
    if (!visitedLessonIds.has(lessonId) || mark.dataset.state === 'visited') continue;
    mark.dataset.state = 'visited';
    const label = mark.querySelector('.visually-hidden') ?? mark;
    // The label sits once on the list around the marks: long courses repeat it on every page otherwise.
    label.textContent = mark.dataset.visitedLabel ?? mark.closest<HTMLElement>('[data-visited-label]')?.dataset.visitedLabel ?? '';
  }
}

/** Fills `data-template` ("{visited} of {total} required lessons visited") on the overview. */
export function renderCourseProgress(doc: Document, progress: Pick<CourseProgress, 'visitedRequired' | 'totalRequired'>): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-course-progress]')) {
    element.textContent = (element.dataset.template ?? '')
      .replaceAll('{visited}', String(progress.visitedRequired))
      .replaceAll('{total}', String(progress.totalRequired));
  }
}

/** Shows the overview's "continue where you left off" link when there is a bookmark. */
export function renderResumeLink(doc: Document, bookmark: CourseLesson | undefined, href: string | undefined): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-resume-link]');
  if (!link || !bookmark || !href) return;
  link.href = href;
  const title = link.querySelector('[data-resume-title]');
  if (title) title.textContent = bookmark.title;
  link.hidden = false;
}
