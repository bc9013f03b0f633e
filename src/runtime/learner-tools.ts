import { clearExiting, exitThisPage, findExitLink, revealExitLink, type ExitEnvironment } from './exit-this-page';
import { replaceOutermostPage } from './exit-window';
import { createShiftPressDetector } from './shift-press-detector';
import { enhanceGroundingInvitation } from './take-a-break';

export interface LearnerToolsOptions {
  /** The tracker's commit (`readCourseTracker()?.saveState()`); may be a no-op before tracking starts. */
  saveProgress: () => void;
  /**
   * Leaves the page without a history entry: the whole window's page where the course is a frame
   * of a same-origin LMS page, otherwise this page (replaceOutermostPage), unless a test says otherwise.
   */
  replace?: (href: string) => void;
  signal?: AbortSignal;
}

function refreshPage(doc: Document): void {
  revealExitLink(doc);
  enhanceGroundingInvitation(doc);
}

/**
 * Take a break (saving at once; the place to come back to is return/return-to-place's) and Exit this
 * page on course pages. Listens on the document, which outlives ClientRouter swaps, and refreshes the
 * page's parts on each `astro:page-load`.
 */
export function startLearnerTools(options: LearnerToolsOptions): void {
  const listening = { signal: options.signal };
  const capturing = { signal: options.signal, capture: true };
  const exit: ExitEnvironment = {
    doc: document,
    replace: options.replace ?? ((href) => replaceOutermostPage(window, href)),
    saveProgress: options.saveProgress,
    defer: (work) => setTimeout(work, 0),
  };
  const save = () => {
    try {
      options.saveProgress();
    } catch {
      // Tracking shows its own calm notice; a break must never fail because of it.
    }
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const exitLink = target?.closest<HTMLAnchorElement>('a[data-exit-this-page]');
    if (exitLink) {
      event.preventDefault();
      exitThisPage(exitLink.href, exit);
      return;
    }
    if (target?.closest('a[data-take-a-break]')) save();
  }, capturing);

  const detectShifts = createShiftPressDetector({
    onDetected: () => {
      const link = findExitLink(document);
      if (link) exitThisPage(link.href, exit);
    },
  });
  document.addEventListener('keydown', detectShifts, capturing);
  document.addEventListener('astro:page-load', () => refreshPage(document), listening);
  window.addEventListener('pageshow', () => clearExiting(document), listening);
  refreshPage(document);
}
