import { expect, test } from './support/fixtures';
import { openHarness, recordRequestUrls } from './support/lms-harness';
import { linksToLesson } from './support/learner';

test.describe('search inside a SCORM package (unzipped from the built zip, served from a deep LMS path)', () => {
  test('finds the course’s own sections with nothing but the package: every search file comes from inside it', async ({
    page,
    context,
    course,
    scormPackages,
  }) => {
    const mounted = scormPackages['2004'];
    const requested = recordRequestUrls(context);
    // The package holds only its own course: anything the site has beside it (site-wide index sets,
    // other courses) is refused, as it would be in an LMS, or with no network at all.
    await context.route('**/*', (route) => {
      const { pathname } = new URL(route.request().url());
      return pathname.startsWith(mounted.folder) || pathname.startsWith('/lms/') ? route.continue() : route.abort('internetdisconnected');
    });
    const content = await openHarness(page, mounted);
    const field = content.locator('header input[type="search"]');
    await expect(field).toBeVisible();
    await field.focus();
    await field.pressSequentially(course.searchWord);
    const results = content.locator('header [data-search-list]');
    const hit = linksToLesson(results, course.lessonIds[0]).first();
    await expect(hit).toBeVisible();
    expect(await hit.evaluate((link) => (link as HTMLAnchorElement).href)).toContain(`${mounted.folder}courses/${course.id}/${course.lessonIds[0]}.html`);

    const searchFiles = requested.filter((url) => /\/search\/[^/]+\.json$/.test(url.pathname));
    expect(searchFiles.map((url) => url.pathname)).toContain(`${mounted.folder}courses/${course.id}/search/manifest.json`);
    expect(searchFiles.some((url) => /\/terms-\d+\.json$/.test(url.pathname))).toBe(true);
    expect(searchFiles.every((url) => url.pathname.startsWith(`${mounted.folder}courses/${course.id}/search/`))).toBe(true);
  });
});
