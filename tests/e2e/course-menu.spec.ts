import { expect, test } from './support/fixtures';
import { activate, expectLesson } from './support/learner';
import { readCourseSource } from './support/course-source';
import { readNextLessonId } from './support/lesson-markup';

interface ModuleYaml {
  id: string;
  title: string;
  lessons: string[];
}

// The menu repeats on every page, so it lists the modules and only the current module's lessons: a long course's
// pages stay small. Every other lesson is one step away, through its module on the overview.
test('a lesson page lists its own module’s lessons and every module; a module leads to its lessons on the overview', async ({ page, course }) => {
  const modules = readCourseSource(course.id).course.modules as unknown as ModuleYaml[];
  const [current, other] = [modules[0], modules.at(-1)];
  if (!current || !other || current === other) throw new Error('The course under test needs at least two modules.');
  const lessonId = current.lessons[0] as string;
  await page.goto(`/courses/${course.id}/${lessonId}.html`);
  await expectLesson(page, lessonId);

  const menu = page.locator('nav.course-nav');
  await expect(menu.locator('.lessons a')).toHaveCount(current.lessons.length);
  for (const id of current.lessons) await expect(menu.locator(`.lessons a[href="${id}.html"]`)).toHaveCount(1);
  await expect(menu.locator('.module-title')).toHaveText(modules.map((module) => module.title));
  await expect(menu.locator(`a[aria-current="page"]`)).toHaveAttribute('href', `${lessonId}.html`);

  await activate(page, menu.getByRole('link', { name: other.title, exact: true }));
  await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  await expect(page).toHaveURL(new RegExp(`/index\\.html#module-${other.id}$`));
  const lessonsOfOther = page.locator(`main section[aria-labelledby="module-${other.id}"] li a`);
  await expect(lessonsOfOther).toHaveCount(other.lessons.length);
  await activate(page, lessonsOfOther.first());
  await expectLesson(page, other.lessons[0] as string);
  await expect(page.locator('nav.course-nav .lessons a')).toHaveCount(other.lessons.length);
});

// Read from the built pages, not walked in the browser (learner-resumes and lms-harness follow "Next"
// there): the chain costs no browser time however long the course grows.
test('each lesson page’s Next link leads to the following lesson in course order, and the last lesson has none', ({ course }) => {
  const { lessonIds } = course;
  expect(lessonIds.map((lessonId) => readNextLessonId(course.id, lessonId))).toEqual([...lessonIds.slice(1), undefined]);
});
