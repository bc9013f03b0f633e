import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import type { MountedPackage } from './fixtures';
import type { FlatCmi, LmsCall } from './lms-log';
import { scormNames } from './lms-log';

/** Opens the test LMS (lms/harness.html) on `page` and launches the package's SCO in its iframe. */
export async function openHarness(page: Page, mounted: MountedPackage, stored?: FlatCmi): Promise<FrameLocator> {
  const query = new URLSearchParams({ version: mounted.version, launch: mounted.launchUrl });
  if (stored) query.set('cmi', JSON.stringify(stored));
  await page.goto(`/lms/harness.html?${query}`);
  return page.frameLocator('iframe[title="Course content"]');
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
