import { expect, test } from './support/fixtures';
import { activate, expectLesson, expectProgressMarks, linksToLesson, linksToOverview } from './support/learner';

test('a volunteer who reloads a lesson keeps their place, their visited marks and a resume link', async ({ page, course }) => {
  const [first, second, ...rest] = course.lessonIds;

  await page.goto('/index.html');
  await activate(page, page.locator(`main a[href$="courses/${course.id}/index.html"]`));
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');

  await activate(page, linksToLesson(page.locator('main'), first).filter({ visible: true }).first());
  await expectLesson(page, first);
  await activate(page, page.locator('a[rel="next"]'));
  await expectLesson(page, second);
  const secondTitle = (await page.locator('h1').innerText()).trim();
  await expectProgressMarks(page, [first, second], rest);

  await page.reload();
  await expectLesson(page, second);
  expect(new URL(page.url()).pathname).toBe(`/courses/${course.id}/${second}.html`);
  await expectProgressMarks(page, [first, second], rest);

  await activate(page, linksToOverview(page).first());
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  await expectProgressMarks(page, [first, second], rest, { everyLesson: true });
  const resume = page.locator('[data-resume-link]');
  await expect(resume).toBeVisible();
  await expect(resume).toHaveAttribute('href', new RegExp(`(^|/)${second}\\.html$`));
  await expect(resume.locator('[data-resume-title]')).toHaveText(secondTitle);

  await activate(page, resume);
  await expectLesson(page, second);
});
