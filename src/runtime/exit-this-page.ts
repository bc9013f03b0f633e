/** The page's Exit this page link, if the page offers one and it is showing. */
export function findExitLink(doc: Document): HTMLAnchorElement | undefined {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-exit-this-page]');
  return link && !link.closest('[hidden]') ? link : undefined;
}

/**
 * The layout marks pages it knows are sensitive; a content note the layout could not see (one
 * inside an author's own component, say) still brings the button out once the page is shown.
 */
export function revealExitLink(doc: Document): void {
  const bar = doc.querySelector<HTMLElement>('[data-exit-this-page-bar]');
  if (bar?.hidden && doc.querySelector('[data-content-note]')) bar.hidden = false;
}

export interface ExitEnvironment {
  doc: Document;
  /** `location.replace` in the browser: the sensitive page leaves the history. */
  replace: (href: string) => void;
  /** The tracker's commit; runs after the exit has started and may fail without harm. */
  saveProgress: () => void;
  defer: (work: () => void) => void;
}

/**
 * Hides the page at once, then replaces it. The save is deferred and never awaited: a slow LMS
 * must not keep sensitive material on screen (leaving also ends the session, which commits).
 */
export function exitThisPage(href: string, environment: ExitEnvironment): void {
  environment.doc.documentElement.dataset.exiting = 'true';
  environment.replace(href);
  environment.defer(() => {
    try {
      environment.saveProgress();
    } catch {
      // The exit matters more than this save; leaving the page saves again.
    }
  });
}

/** Back from the back-forward cache: show the page again. */
export function clearExiting(doc: Document): void {
  delete doc.documentElement.dataset.exiting;
}
