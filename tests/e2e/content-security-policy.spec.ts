import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, linksToLesson } from './support/learner';
import { openHarness } from './support/lms-harness';
import type { PageGuard } from './support/page-guard';
import { defined } from '../support/defined';

// Every other spec proves the pages work under the policy: a refused script or style is a console error,
// which the page guard turns into a failure. This one proves the policy refuses what it must.

// (eval is not tried here: Playwright's evaluate runs with eval allowed whatever the policy says. The unit
// test over the built pages proves the policy has no 'unsafe-eval'.)
type Attempt = 'inline script' | 'script from another origin' | 'fetch from another origin';

interface Refusal {
  directive: string;
  blocked: string;
  /** Whether the attempted code ran anyway. */
  ran: boolean;
}

/** Tries `attempt` in the document and reports the securitypolicyviolation event it caused. */
function attemptInDocument(target: Page | Frame, attempt: Attempt): Promise<Refusal> {
  return target.evaluate(async (kind) => {
    const flag = 'peerpathInjectedRan';
    const refused = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      document.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    if (kind === 'inline script') {
      const script = document.createElement('script');
      script.textContent = `window.${flag} = true;`;
      document.body.append(script);
    } else if (kind === 'script from another origin') {
      const script = document.createElement('script');
      script.src = 'https://scripts.example.com/tracker.js';
      document.body.append(script);
    } else {
      await fetch('https://api.example.com/collect').catch(() => undefined);
    }
    const event = await refused;
    return { directive: event.effectiveDirective, blocked: event.blockedURI, ran: flag in window };
  }, attempt);
}

const refusedInline: Refusal = { directive: 'script-src-elem', blocked: 'inline', ran: false };
const refusedFetch: Refusal = { directive: 'connect-src', blocked: 'https://api.example.com/collect', ran: false };

const consoleRefusals: Record<Attempt, string> = {
  'inline script': 'Executing inline script violates the following Content Security Policy directive',
  'script from another origin': "Loading the script 'https://scripts.example.com/tracker.js' violates the following Content Security Policy directive",
  'fetch from another origin': "Connecting to 'https://api.example.com/collect' violates the following Content Security Policy directive",
};

/**
 * Each refusal reached the page guard as a console error (so a page part the policy refused would fail any
 * test), and the guard saw nothing else: no request left for another origin, the policy stopped it first.
 */
async function expectGuardSawRefusals(guard: PageGuard, attempts: Attempt[]): Promise<void> {
  for (const attempt of attempts) await expect.poll(() => guard.problems.join('\n')).toContain(consoleRefusals[attempt]);
  expect(guard.problems.filter((problem) => !problem.includes('Content Security Policy'))).toEqual([]);
  guard.forget();
}

test('on the website, the policy refuses an inline script without a hash and other origins, also after moving to another lesson', async ({ page, course, guard }) => {
  const [first, second] = course.lessonIds;
  await page.goto(`/courses/${course.id}/index.html`);
  await activate(page, linksToLesson(page.locator('main'), defined(first, 'a first lesson')).filter({ visible: true }).first());
  await expectLesson(page, defined(first, 'a first lesson'));
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

  expect(await attemptInDocument(page, 'inline script')).toEqual(refusedInline);
  expect(await attemptInDocument(page, 'script from another origin')).toEqual({
    directive: 'script-src-elem',
    blocked: 'https://scripts.example.com/tracker.js',
    ran: false,
  });
  expect(await attemptInDocument(page, 'fetch from another origin')).toEqual(refusedFetch);
  await expectGuardSawRefusals(guard, ['inline script', 'script from another origin', 'fetch from another origin']);

  // The ClientRouter swaps the next lesson in without a reload: the policy stays, once, and still holds.
  await activate(page, page.locator('a[rel="next"]'));
  await expectLesson(page, defined(second, 'a second lesson'));
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  expect(await attemptInDocument(page, 'inline script')).toEqual(refusedInline);
  await expectGuardSawRefusals(guard, ['inline script']);
});

for (const version of ['12', '2004'] as const) {
  test(`inside an LMS frame (SCORM ${version === '12' ? '1.2' : '2004'} package), the policy refuses an inline script without a hash and other origins`, async ({ page, scormPackages, guard }) => {
    const mounted = scormPackages[version];
    const content = await openHarness(page, mounted);
    await expect(content.locator('body')).toHaveAttribute('data-page-kind', 'overview');
    const frame = defined(
      page.frames().find((candidate) => candidate.url().includes(mounted.folder)),
      'the course frame',
    );
    await expect(content.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

    expect(await attemptInDocument(frame, 'inline script')).toEqual(refusedInline);
    expect(await attemptInDocument(frame, 'fetch from another origin')).toEqual(refusedFetch);
    await expectGuardSawRefusals(guard, ['inline script', 'fetch from another origin']);
  });
}
