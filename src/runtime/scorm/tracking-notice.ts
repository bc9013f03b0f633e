import type { TrackingStatus } from './course-tracker';

const textKeys: Record<TrackingStatus, string> = {
  saved: 'textSaved',
  retrying: 'textRetrying',
  recovered: 'textRecovered',
  ended: 'textEnded',
};

/**
 * Puts the page's translated text for `status` into the polite live region. Learner-facing
 * tracking problems only ever show this calm text: no codes, nothing to act on.
 */
export function renderTrackingNotice(doc: Document, status: TrackingStatus | undefined): void {
  const notice = doc.querySelector<HTMLElement>('[data-tracking-notice]');
  if (!notice || status === undefined) return;
  const text = notice.dataset[textKeys[status]] ?? '';
  if (notice.textContent !== text) notice.textContent = text;
}
