import type { TrackingStatus } from './course-tracker';
import type { LeavingWording } from './leaving-wording';

const textKeys: Record<TrackingStatus, string> = {
  saved: 'textSaved',
  retrying: 'textRetrying',
  recovered: 'textRecovered',
  shortened: 'textShortened',
  'not-recording': 'textNotRecording',
  'no-lms': 'textNoLms',
  'set-aside': 'textSetAside',
};

const savedTextKeys: Record<LeavingWording, string> = {
  'close-window': 'textSaved',
  'lms-closes': 'textSavedLmsCloses',
  'lms-exit': 'textSavedLmsExit',
};

/**
 * Puts the page's translated text for `status` into the polite live region. Learner-facing
 * tracking problems only ever show this calm text: no codes, nothing to act on. "Saved" says how to
 * leave as `leaving` has it: never "close this window" when the window is the LMS's.
 */
export function renderTrackingNotice(doc: Document, status: TrackingStatus | undefined, leaving: LeavingWording = 'close-window'): void {
  const notice = doc.querySelector<HTMLElement>('[data-tracking-notice]');
  if (!notice || status === undefined) return;
  const text = notice.dataset[status === 'saved' ? savedTextKeys[leaving] : textKeys[status]] ?? '';
  if (notice.textContent !== text) notice.textContent = text;
}

/** The quiet line under the header for a review or browse launch, or one that does not count for credit. */
export function renderTrackingMode(doc: Document, launch: { mode: 'normal' | 'review' | 'browse'; credit: boolean } | undefined): void {
  const line = doc.querySelector<HTMLElement>('[data-tracking-mode]');
  if (!line || launch === undefined) return;
  const key = launch.mode !== 'normal' ? 'textReview' : launch.credit ? undefined : 'textNoCredit';
  const text = key === undefined ? '' : (line.dataset[key] ?? '');
  if (line.textContent !== text) line.textContent = text;
}
