import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import type { MountedPackage } from './fixtures';
import type { FlatCmi, LmsCall } from './lms-log';
import { scormNames } from './lms-log';

/** How the test LMS behaves: see lms/harness.js. */
export interface HarnessOptions {
  /** `moodle`: Moodle 4.5's value rules (lms/moodle-rules.js) over scorm-again. */
  preset?: 'moodle';
  /** `none`: the SCO is launched in the frame with no LMS API anywhere. */
  api?: 'none';
  /** The ways the LMS misbehaves from the start (window.lmsFaults). */
  faults?: LmsFaults;
}

export interface LmsFaults {
  initialize?: 'refuse' | 'throw';
  commit?: 'false' | 'throw';
  /** Regular expressions of elements whose SetValue is refused with a data-model error. */
  refuseElements?: string[];
  truncateSuspendData?: number;
}

/** Opens the test LMS (lms/harness.html) on `page` and launches the package's SCO in its iframe. */
export async function openHarness(page: Page, mounted: MountedPackage, stored?: FlatCmi, options: HarnessOptions = {}): Promise<FrameLocator> {
  const query = new URLSearchParams({ version: mounted.version, launch: mounted.launchUrl });
  if (stored) query.set('cmi', JSON.stringify(stored));
  if (options.preset) query.set('preset', options.preset);
  if (options.api) query.set('api', options.api);
  if (options.faults) query.set('faults', JSON.stringify(options.faults));
  await page.goto(`/lms/harness.html?${query}`);
  return page.frameLocator('iframe[title="Course content"]');
}

/** Changes how the LMS misbehaves from now on. */
export async function setLmsFaults(page: Page, faults: LmsFaults): Promise<void> {
  await page.evaluate((next) => ((window as unknown as { lmsFaults: LmsFaults }).lmsFaults = next), faults);
}

/** Every URL the context requests from now on, including dynamic imports and workers. */
export function recordRequestUrls(context: BrowserContext): URL[] {
  const urls: URL[] = [];
  context.on('request', (request) => urls.push(new URL(request.url())));
  return urls;
}

const readsAllowedAfterFinish = new Set(['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic', 'GetLastError', 'GetErrorString', 'GetDiagnostic']);

/** Calls made after Finish/Terminate other than error look-ups: the spec forbids them. */
export function findCallsAfterFinish(log: LmsCall[], finish: (typeof scormNames)[keyof typeof scormNames]['finish']): string[] {
  const finishedAt = log.findIndex((call) => call.method === finish);
  if (finishedAt === -1) return [];
  return log
    .slice(finishedAt + 1)
    .filter((call) => !readsAllowedAfterFinish.has(call.method))
    .map((call) => `${call.method}(${call.args.join(', ')})`);
}

export async function closeCourseFrame(page: Page): Promise<void> {
  // Removing the iframe runs the course's pagehide handlers, as closing an LMS's player window does.
  await page.locator('iframe[title="Course content"]').evaluate((frame) => frame.remove());
}
