import type { Frame, Page } from '@playwright/test';
import { decodeLessonPlace, sectionKey } from '../../src/core/scorm/lesson-place';
import { LOCATION_MAX_LENGTH } from '../../src/core/scorm/limits';
import { defined, itemAt } from '../support/defined';
import type { BuiltCourse, ScormVersion } from './support/built-site';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, linksToLesson } from './support/learner';
import { closeCourseFrame, openHarness } from './support/lms-harness';
import { describeFailedCalls, readLmsLog, readLmsStored, scormNames } from './support/lms-log';
import { resolveScope } from './support/quiz-learner';
import {
  courseLanguage,
  expectSamePlace,
  findNoteLesson,
  readInSection,
  readShownPlace,
  type NoteLesson,
  type PlaceScope,
  type ShownPlace,
} from './support/reading-place';
import { createRelaunchData } from './support/relaunch-data';

const versionName: Record<ScormVersion, string> = { '12': '1.2', '2004': '2004' };

const noteIn = (scope: PlaceScope, note: NoteLesson) => scope.locator('main [data-content-note]').nth(note.noteIndex);

async function expectNoteOpen(scope: PlaceScope, note: NoteLesson): Promise<void> {
  const section = noteIn(scope, note);
  await expect(section.locator(':scope > [data-content-note-material]'), 'the content note the learner opened is open again').toBeVisible();
  await expect(section.locator(':scope > [role="note"] button[data-choice="continue"]')).toHaveAttribute('aria-expanded', 'true');
}

/** Overview → the lesson with the note → Continue to the material → read deep inside the note. */
async function readInsideNote(page: Page, scope: PlaceScope, course: BuiltCourse, note: NoteLesson): Promise<ShownPlace> {
  await expect(scope.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  await activate(page, linksToLesson(scope.locator('main'), note.lessonId).filter({ visible: true }).first());
  await expectLesson(scope, note.lessonId);
  await expect(noteIn(scope, note), 'the note is ready for a choice').toHaveAttribute('data-enhanced', 'true');
  await activate(page, noteIn(scope, note).locator(':scope > [role="note"] button[data-choice="continue"]'));
  await expectNoteOpen(scope, note);
  // Halfway through the note: deep in the lesson, in a section the note holds.
  return readInSection(page, scope, course.id, note.lessonId, itemAt(note.headingIds, Math.floor(note.headingIds.length / 2)));
}

/** Back up to the header, as a learner does to reach its buttons (which must not move the place). */
async function goUpToHeader(page: Page, scope: PlaceScope): Promise<void> {
  const scrolled = () => scope.locator('html').evaluate(() => window.scrollY);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  // With the wheel, as a reader scrolls back up (the Home key scrolls whatever holds focus, which
  // the page may have moved): wheel again until the window is at the top.
  await expect(async () => {
    const top = await scrolled();
    if (top > 0) await page.mouse.wheel(0, -top);
    expect(await scrolled(), 'the window at the top of the page').toBe(0);
  }).toPass({ timeout: 20_000 });
}

async function breakAndComeBack(page: Page, scope: PlaceScope, place: ShownPlace, language: string, note: NoteLesson): Promise<void> {
  await goUpToHeader(page, scope);
  await activate(page, scope.locator('header a[data-take-a-break]'));
  await expect(scope.locator('body')).toHaveAttribute('data-page-kind', 'break');
  await activate(page, scope.locator('main a[data-break-return].primary'));
  await expectSamePlace(scope, place, language);
  await expectNoteOpen(scope, note);
}

async function overviewAndContinue(page: Page, scope: PlaceScope, place: ShownPlace, language: string, note: NoteLesson): Promise<void> {
  await goUpToHeader(page, scope);
  await activate(page, scope.locator('header a.course-title'));
  await expect(scope.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  const resume = scope.locator('a[data-resume-link]');
  await expect(resume).toBeVisible();
  await activate(page, resume);
  await expectSamePlace(scope, place, language);
  await expectNoteOpen(scope, note);
}

test('on the plain site, Back to where I was, Continue where you left off and a reload land on the same place, its content note open again', async ({ page, course }) => {
  test.setTimeout(90_000);
  const note = findNoteLesson(course);
  const language = courseLanguage(course);
  await page.goto(`/courses/${course.id}/index.html`);
  const place = await readInsideNote(page, page, course, note);

  await test.step('Take a break, then Back to where I was', () => breakAndComeBack(page, page, place, language, note));
  await test.step('the course overview, then Continue where you left off', () => overviewAndContinue(page, page, place, language, note));
  await test.step('a reload', async () => {
    await page.reload();
    await expectSamePlace(page, place, language);
    await expectNoteOpen(page, note);
    await expect(page.locator(`main [id="${place.headingId}"]`), 'focus on the heading of the section returned to').toBeFocused();
  });
});

for (const version of ['12', '2004'] as const) {
  const names = scormNames[version];

  test(`in SCORM ${versionName[version]}, Back to where I was, Continue where you left off, a reload and a relaunch land on the same place, its content note open again`, async ({ page, course, scormPackages, openContext }) => {
    test.setTimeout(150_000);
    const note = findNoteLesson(course);
    const language = courseLanguage(course);
    const mounted = scormPackages[version];
    const frame: Frame = await resolveScope(await openHarness(page, mounted));
    const place = await readInsideNote(page, frame, course, note);

    await test.step('Take a break, then Back to where I was', () => breakAndComeBack(page, frame, place, language, note));
    await test.step('the course overview, then Continue where you left off', () => overviewAndContinue(page, frame, place, language, note));
    await test.step('a reload of the course frame', async () => {
      // Checked on the reloaded document, not on the one still showing the place while the reload starts.
      const reloaded = page.waitForEvent('framenavigated', (navigated) => navigated === frame);
      await frame.evaluate(() => location.reload());
      await reloaded;
      await expectSamePlace(frame, place, language);
      await expectNoteOpen(frame, note);
    });

    const stored = await test.step('the LMS keeps the place compactly in the bookmark when the course is closed', async () => {
      await closeCourseFrame(page);
      await expect.poll(async () => (await readLmsStored(page))[names.location] ?? '', { message: names.location }).toContain('~');
      const kept = await readLmsStored(page);
      const location = defined(kept[names.location], names.location);
      expect(location.length, `${names.location} fits SCORM 1.2's 255 characters`).toBeLessThanOrEqual(LOCATION_MAX_LENGTH['1.2']);
      expect(decodeLessonPlace(location)).toMatchObject({
        lessonId: note.lessonId,
        sectionKey: sectionKey(defined(place.headingId, 'the section read in')),
        note: { index: note.noteIndex, part: 'material' },
      });
      expect.soft(describeFailedCalls(await readLmsLog(page)), 'API calls that the LMS answered with an error').toEqual([]);
      return kept;
    });

    await test.step('a relaunch from what the LMS stored', async () => {
      const relaunched = await (await openContext()).newPage();
      const resumed = await resolveScope(await openHarness(relaunched, mounted, createRelaunchData(version, stored)));
      await expectSamePlace(resumed, place, language);
      await expectNoteOpen(resumed, note);
      expect.soft(describeFailedCalls(await readLmsLog(relaunched)), 'API calls in the resumed session that the LMS answered with an error').toEqual([]);
    });
  });
}

test('Next, Previous and the course menu open a lesson at its top, with focus on its heading', async ({ page, course }) => {
  const [first, second, third] = course.lessonIds as [string, string, string];
  const language = courseLanguage(course);
  // Two thirds down the lesson: far from its top, and a place the window can reach.
  const deepHeading = async (scope: PlaceScope) => {
    const ids = await scope.locator('article[data-search-body] :is(h2, h3)[id]:not(astro-island *)').evaluateAll((headings) => headings.map((heading) => heading.id));
    return itemAt(ids, Math.floor((ids.length * 2) / 3));
  };
  const expectTopWithFocus = async (lessonId: string) => {
    await expectLesson(page, lessonId);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('main h1'), 'focus on the lesson heading').toBeFocused();
    await expect.poll(async () => (await readShownPlace(page)).scrollY, { message: 'the window is at the top of the lesson' }).toBe(0);
  };

  await page.goto(`/courses/${course.id}/${first}.html`);
  await expectLesson(page, first);
  await readInSection(page, page, course.id, first, await deepHeading(page));
  await activate(page, page.locator('a[rel="next"]'));
  await expectTopWithFocus(second);

  await readInSection(page, page, course.id, second, await deepHeading(page));
  await activate(page, page.locator('a[rel="prev"]'));
  await expectTopWithFocus(first);

  await readInSection(page, page, course.id, first, await deepHeading(page), 0.9);
  await activate(page, linksToLesson(page.locator('nav.course-nav'), third));
  await expectTopWithFocus(third);
});
