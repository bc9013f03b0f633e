import { findCourseInLanguage, readCourseSource } from './support/course-source';
import { expect, test } from './support/fixtures';
import { expectLesson } from './support/learner';

for (const language of ['en', 'da'] as const) {
  test(`lessons in the ${language} course list the support contacts from course.yaml, exactly as Support now does`, async ({ page }) => {
    const { course, lessons } = readCourseSource(findCourseInLanguage(language).slug);
    const listing = lessons.filter(({ source }) => source.includes('<SupportContacts'));
    expect(listing.map(({ lessonId }) => lessonId), 'a lesson that lists the support contacts').not.toEqual([]);
    for (const { lessonId } of listing) {
      await page.goto(`/courses/${course.slug}/${lessonId}.html`);
      await expectLesson(page, lessonId);
      const inLesson = page.locator('main [data-support-contacts] > li');
      const inPanel = page.locator('header [data-support-now] [data-support-contacts] > li');
      await expect(inLesson).toHaveCount(course.support.length);
      expect(await inLesson.allTextContents(), `${lessonId}: the same contacts, order and words as Support now`).toEqual(await inPanel.allTextContents());
      for (const contact of course.support) {
        const shown = inLesson.filter({ hasText: contact.name });
        await expect(shown, `${lessonId}: ${contact.name}`).toHaveCount(1);
        if (contact.phone) await expect(shown.locator(`a[href="tel:${contact.phone.replace(/\s+/g, '')}"]`), `${lessonId}: ${contact.name}'s number from course.yaml`).toHaveCount(1);
      }
    }
  });
}
