import { findAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// The course.yaml reference in the trainer area: one entry per field, made from the schema, with an
// example from the courses being built.
test('the course.yaml reference explains every field with an example from a real course, and passes axe', async ({ page }) => {
  await page.goto('/trainers/index.html');
  await page.getByRole('link', { name: 'course.yaml reference: every field, with an example' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('course.yaml reference');
  const lessons = page.getByRole('region', { name: 'modules[].lessons' });
  await expect(lessons).toContainText('Lesson ids in the order learners meet them.');
  await expect(lessons).toContainText('Required · list of id (lowercase letters, digits and dashes) (at least 1)');
  await expect(lessons.locator('pre')).toContainText(/^lessons:\n {2}- [a-z0-9-]+/);
  await expect(page.getByRole('region', { name: 'passMark' }).locator('pre')).toHaveText(/^passMark: \d+$/);
  expect(await findAxeViolations(page)).toEqual([]);
});
