// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localLmsStorageKey } from '../../../../src/runtime/scorm/local-lms';
import { modeText, noticeText, renderCoursePage, settle } from './course-page-fixture';
import { createLms12, createLms2004, createRecordingLms } from './lms-fakes';

// What the learner is told is true: issue 9, defects 4 (a "saved" notice when Initialize threw or
// was refused, or the last commit failed) and 5 (a package launched in a frame with no LMS found
// fell back to this device without a word), and the quiet lines for review and no-credit launches.

let stop: AbortController;

async function startTracking() {
  vi.resetModules();
  const { startCourseTracking } = await import('../../../../src/runtime/scorm/start-course-tracking');
  stop = new AbortController();
  return startCourseTracking({ navigate: vi.fn(), signal: stop.signal });
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', '/courses/peer-basics/index.html');
});
afterEach(async () => {
  stop.abort();
  vi.useRealTimers();
  // A test's page-load handling may still be queued behind the local LMS's idle wait: let it end
  // here, so it cannot render into the next test's page.
  await settle();
  for (const name of ['API', 'API_1484_11']) Reflect.deleteProperty(window, name);
});

const saved = 'Your progress is saved.';
const notRecording = 'The platform is not recording; kept on this device.';

describe('what the learner is told', () => {
  it('inside a package launch with no LMS to be found: that progress stays on this device only', async () => {
    history.replaceState(null, '', '/courses/peer-basics/index.html?scorm=2004');
    renderCoursePage('lesson', 'welcome');
    const tracker = await startTracking();
    expect(tracker?.adapter.version).toBe('1.2'); // the local LMS
    expect(noticeText()).toBe('No platform found; kept on this device only.');
  });

  it('on the plain website: nothing, it is where progress is meant to be kept', async () => {
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(noticeText()).toBe('');
  });

  it.each([
    ['refused', () => 'false'],
    ['threw', () => {
      throw new Error('LMS window gone');
    }],
  ])('when Initialize %s: not recording, kept on this device, never "saved"', async (_how, initialize) => {
    const lms = createLms2004();
    Object.assign(lms, { Initialize: initialize });
    Object.assign(window, { API_1484_11: lms });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(noticeText()).toBe(notRecording);
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    expect(noticeText()).toBe(notRecording);
  });

  it('after "Save and exit" whose commit failed: still trying, never "saved"', async () => {
    vi.useFakeTimers();
    const { api, control } = createRecordingLms(createLms12());
    Object.assign(window, { API: api });
    renderCoursePage('lesson', 'welcome');
    const started = startTracking();
    await vi.runOnlyPendingTimersAsync();
    await started;
    control.failWhen = (name) => name === 'LMSCommit';
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    window.dispatchEvent(new Event('pagehide'));
    expect(noticeText()).toBe('Saving is taking longer; your progress is kept on this device.');
    expect(noticeText()).not.toBe(saved);
  });

  it('after "Save and exit" to an LMS that answers "false" with no error: saved, as that LMS means', async () => {
    const lms = createLms2004();
    const commit = lms.Commit.bind(lms);
    Object.assign(lms, { Commit: (parameter: '') => (commit(parameter), 'false') });
    Object.assign(window, { API_1484_11: lms });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    document.querySelector<HTMLButtonElement>('[data-save-exit]')?.click();
    expect(noticeText()).toBe(saved);
  });

  it.each([
    ['review', 'no-credit', 'Review: nothing is recorded.'],
    ['browse', 'credit', 'Review: nothing is recorded.'],
    ['normal', 'no-credit', 'This attempt doesn\'t count for credit.'],
    ['normal', 'credit', ''],
  ])('in a %s launch with %s: "%s"', async (mode, credit, line) => {
    const lms = createLms2004();
    lms.loadFromJSON({ mode, credit });
    Object.assign(window, { API_1484_11: lms });
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(modeText()).toBe(line);
  });

  it('once, when the record on this device could not be read and was set aside', async () => {
    localStorage.setItem(localLmsStorageKey('peer-basics'), '{"cmi":{"core":{"lesson_status":"bogus"}}}');
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(noticeText()).toBe('Saved progress could not be read; set aside.');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    renderCoursePage('lesson', 'welcome');
    await startTracking();
    expect(noticeText()).toBe('');
  });
});
