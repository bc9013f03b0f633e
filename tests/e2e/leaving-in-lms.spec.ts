import type { Frame, Page } from '@playwright/test';
import type { ScormVersion } from './support/built-site';
import { expect, test, type MountedPackage } from './support/fixtures';
import { activate } from './support/learner';
import { openHarness } from './support/lms-harness';
import { countCalls, describeFailedCalls, readLmsLog, readValuesSet, scormNames, type LmsCall } from './support/lms-log';
import { courseText, goToLesson, resolveScope } from './support/quiz-learner';
import { findNoteLesson } from './support/reading-place';

// Issue 9, "Leaving inside an LMS": inside the LMS's page the learner leaves through the LMS, is
// never told to close a window that is the LMS's own, and Exit this page leaves nothing on screen
// that names the course.

const versionName: Record<ScormVersion, string> = { '12': '1.2', '2004': '2004' };
const t = courseText();
const savedInLms: Record<ScormVersion, string> = { '12': t('tracking.savedLmsExit'), '2004': t('tracking.savedLmsCloses') };

async function launch(page: Page, mounted: MountedPackage): Promise<Frame> {
  const content = await resolveScope(await openHarness(page, mounted));
  await expect.poll(async () => countCalls(await readLmsLog(page), scormNames[mounted.version].initialize), { message: 'the LMS session started' }).toBe(1);
  return content;
}

/** The calls that are not reads, as `Method(element)`, in order. */
const describeWrites = (log: LmsCall[]) => log.filter((call) => !/GetValue|GetLastError/.test(call.method)).map((call) => `${call.method}(${call.args[0] ?? ''})`);

/** Nothing on screen names the course: no title, heading or text with its title in it. */
async function expectNothingNamesTheCourse(page: Page, courseTitle: string): Promise<void> {
  await expect(page).not.toHaveTitle(new RegExp(courseTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  for (const frame of page.frames()) await expect(frame.locator('body')).not.toContainText(courseTitle);
}

test('on the plain site, "saved" after Save and exit says the window can be closed', async ({ page, course }) => {
  await page.goto(`/courses/${course.id}/index.html`);
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  await activate(page, page.locator('button[data-save-exit]'));
  await expect(page.locator('[data-tracking-notice]')).toHaveText(t('tracking.saved'));
});

for (const version of ['12', '2004'] as const) {
  const names = scormNames[version];

  test.describe(`Leaving inside an LMS, SCORM ${versionName[version]}`, () => {
    test(`Save and exit ends the session through the LMS, and "saved" never says to close the LMS's window`, async ({ page, scormPackages }) => {
      const content = await launch(page, scormPackages[version]);
      await activate(page, content.locator('button[data-save-exit]'));
      const notice = content.locator('[data-tracking-notice][role="status"]');
      await expect(notice).toHaveText(savedInLms[version]);
      await expect(notice).not.toContainText(/close this window/i);

      const log = await readLmsLog(page);
      expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error').toEqual([]);
      expect(countCalls(log, names.finish), names.finish).toBe(1);
      expect(readValuesSet(log, version, names.exit), names.exit).toEqual(['suspend']);
      const writes = describeWrites(log);
      if (version === '2004') {
        expect(readValuesSet(log, version, 'adl.nav.request'), 'the LMS is asked to suspend the attempt and take the learner out').toEqual(['suspendAll']);
        expect(writes.indexOf('SetValue(adl.nav.request)'), 'asked before Terminate').toBeLessThan(writes.indexOf('Terminate()'));
      } else {
        expect(writes.filter((write) => write.includes('adl.')), '1.2 has no navigation requests').toEqual([]);
      }
    });

    test('Exit this page in a frame of a same-origin LMS page replaces the whole window', async ({ page, course, scormPackages }) => {
      const note = findNoteLesson(course);
      const content = await launch(page, scormPackages[version]);
      await goToLesson(page, content, note.lessonId);
      const courseTitle = await content.locator('header .course-title').innerText();
      await activate(page, content.locator('a[data-exit-this-page]'));
      await expect(page, 'the LMS page itself was replaced').toHaveURL(new RegExp(`/courses/${course.id}/exit\\.html$`));
      await expect(page.locator('h1')).toHaveText(t('exit.closedHeading'));
      await expect(page.locator('iframe')).toHaveCount(0);
      await expectNothingNamesTheCourse(page, courseTitle);
    });

    test('Exit this page in a frame of an LMS page on another origin replaces the course frame', async ({ page, course, scormPackages, baseURL }) => {
      const note = findNoteLesson(course);
      const mounted = scormPackages[version];
      // The same server under another name: the LMS page and the course are then different origins.
      const otherOrigin = new URL(baseURL ?? '');
      otherOrigin.hostname = otherOrigin.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const content = await resolveScope(await openHarness(page, { ...mounted, launchUrl: new URL(mounted.launchUrl, otherOrigin).href }));
      await expect(content.locator('body')).toHaveAttribute('data-page-kind', /.+/);
      await goToLesson(page, content, note.lessonId);
      const courseTitle = await content.locator('header .course-title').innerText();
      await activate(page, content.locator('a[data-exit-this-page]'));
      const exitFrame = page.frameLocator('iframe[title="Course content"]');
      await expect(exitFrame.locator('h1')).toHaveText(t('exit.closedHeading'));
      await expect(page, 'the LMS page stays: the browser does not let the course replace it').toHaveURL(/\/lms\/harness\.html/);
      await expectNothingNamesTheCourse(page, courseTitle);
    });
  });
}
