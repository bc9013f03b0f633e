import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { findAxeViolations } from './support/axe';
import { findScormZip } from './support/built-site';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/learner';
import { openLmsPreview } from './support/lms-preview';

// The trainers' LMS preview (issue 13): the built site's own course pages launched under the
// emulated LMS in a frame, every call shown as it happens.

test('the LMS preview launches a course under Moodle\'s rules, logs every call live, and resumes it after a suspended exit', async ({ page, course }) => {
  const preview = await openLmsPreview(page, { course: course.id, scorm: '2004', preset: 'moodle' });
  await tabTo(page, page.getByRole('button', { name: 'Launch a new attempt' }));
  await page.keyboard.press('Enter');
  await expect(preview.status).toHaveText('Session 1 running: SCORM 2004, normal mode.');
  await expect(preview.content.locator('body')).toHaveAttribute('data-page-kind', 'overview');
  await expect(preview.logRows('Initialize', 'true', '0')).toHaveCount(1);
  await expect(preview.logRows('GetValue', 'cmi.entry', 'ab-initio')).toHaveCount(1);
  await expect(preview.modelValue('cmi.completion_status')).toHaveText('incomplete');
  await expect(page.getByText(/^suspend_data: \d+ of 64000 characters\.$/)).toBeVisible();
  expect(await findAxeViolations(page)).toEqual([]);

  await preview.press('End the session');
  await expect(preview.status).toHaveText('Session 1 ended. Relaunch to resume, or start a new attempt.');
  await expect(preview.logRows('SetValue', 'cmi.exit', 'suspend', 'true')).toHaveCount(1);
  await expect(preview.logRows('Terminate', 'true', '0')).toHaveCount(1);

  await preview.press('Relaunch (resume)');
  await expect(preview.status).toHaveText('Session 2 running: SCORM 2004, normal mode.');
  await expect(preview.logRows('GetValue', 'cmi.entry', 'resume')).toHaveCount(1);
  await expect(preview.modelValue('cmi.entry')).toHaveText('resume');
  await expect(preview.modelValue('cmi.completion_status')).toHaveText('incomplete');
});

test('review mode relaunches the attempt with mode review and no credit, and a new attempt starts from nothing (SCORM 1.2)', async ({ page, course }) => {
  const preview = await openLmsPreview(page, { course: course.id, scorm: '12', preset: 'moodle' });
  await preview.press('Launch a new attempt');
  await expect(preview.logRows('LMSCommit', 'true', '0').first()).toBeVisible();
  await preview.press('Open in review mode');
  await expect(preview.status).toHaveText('Session 2 running: SCORM 1.2, review mode.');
  await expect(preview.modelValue('cmi.core.lesson_mode')).toHaveText('review');
  await expect(preview.modelValue('cmi.core.credit')).toHaveText('no-credit');
  await expect(preview.logRows('LMSGetValue', 'cmi.core.entry', 'resume')).toHaveCount(1);

  await preview.press('Start a new attempt');
  await expect(preview.status).toHaveText('Session 3 running: SCORM 1.2, normal mode.');
  await expect(preview.logRows('LMSGetValue', 'cmi.core.entry', 'ab-initio')).toHaveCount(1);
});

test('the failing preset refuses commits until told to take them, and the log says which refusals it made', async ({ page, course }) => {
  const preview = await openLmsPreview(page, { course: course.id, scorm: '2004', preset: 'failing' });
  await preview.press('Launch a new attempt');
  await expect(preview.logRows('Commit', 'false', '101 (the LMS was set to refuse)').first()).toBeVisible();
  const refusing = page.getByRole('checkbox', { name: 'LMS refuses commits' });
  await expect(refusing).toBeChecked();
  await refusing.focus();
  await page.keyboard.press('Space');
  await expect(refusing).not.toBeChecked();
  await preview.press('End the session');
  await expect(preview.logRows('Terminate', 'true', '0')).toHaveCount(1);
  await preview.press('Relaunch (resume)');
  await expect(preview.logRows('GetValue', 'cmi.entry', 'resume')).toHaveCount(1);
});

test('no SCORM package carries the LMS preview or the emulated LMS', ({ course }) => {
  for (const version of ['12', '2004'] as const) {
    const entries = Object.keys(unzipSync(readFileSync(findScormZip(course.id, version))));
    expect(entries.filter((entry) => /lms-preview|LmsPreview|trainers\//i.test(entry))).toEqual([]);
  }
});
