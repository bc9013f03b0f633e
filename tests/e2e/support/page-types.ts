import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { distDirectory, type BuiltCourse } from './built-site';
import { expectLesson, linksToLesson } from './learner';
import { listAllQuestions, readCourseQuizzes } from './course-quizzes';
import { quizSection, waitForQuizReady } from './quiz-learner';
import { readCourseScenarios } from './scenario-course';
import { openScenario } from './scenario-player';

/** One kind of page the learner or trainer meets: where it is, and the state to wait for before looking. */
export interface PageType {
  name: string;
  /** A lesson page: its heading must be in the first screen. */
  lessonId?: string;
  open: (page: Page) => Promise<void>;
}

const lessonHtml = (course: BuiltCourse, lessonId: string) => readFileSync(path.join(distDirectory, 'courses', course.id, `${lessonId}.html`), 'utf8');

/** A lesson of plain reading: no content note, no quiz, no scenario. */
function findReadingLesson(course: BuiltCourse): string {
  const found = course.lessonIds.find((lessonId) => !/data-content-note|data-quiz-id|data-scenario-id/.test(lessonHtml(course, lessonId)));
  if (!found) throw new Error(`Course "${course.id}" has no lesson of plain reading to test the layout of.`);
  return found;
}

function quizLessonWith(course: BuiltCourse, kind: 'matching' | 'sequencing') {
  const quiz = readCourseQuizzes(course.id).quizzes.find((candidate) => listAllQuestions(candidate).some((question) => question.kind === kind));
  if (!quiz) throw new Error(`Course "${course.id}" has no quiz with a ${kind} question to test the layout of.`);
  return quiz;
}

async function openLesson(page: Page, course: BuiltCourse, lessonId: string): Promise<void> {
  await page.goto(`/courses/${course.id}/${lessonId}.html`);
  await expectLesson(page, lessonId);
}

/** Continue in the content note that hides `section`, if one does, so its island can be seen. */
async function revealFromNote(page: Page, section: Locator): Promise<void> {
  await expect(section).toBeAttached();
  if (await section.isVisible()) return;
  // Notes can hold notes: opened from the outside in.
  const notes = page.locator('[data-content-note]', { has: section });
  for (let index = 0; index < (await notes.count()); index += 1) {
    const note = notes.nth(index);
    // Pressed before the note's script has taken it over, the button does nothing.
    await expect(note, 'the content note is ready').toHaveAttribute('data-enhanced', 'true');
    const carryOn = note.locator('button[data-choice="continue"]').first();
    if ((await carryOn.getAttribute('aria-expanded')) !== 'true') await carryOn.click();
  }
  await expect(section).toBeVisible();
}

/** Scrolled back to the top once islands below have been brought into view and hydrated. */
async function backToTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
}

export function listPageTypes(course: BuiltCourse): PageType[] {
  const readingLessonId = findReadingLesson(course);
  const noteLessonId = course.contentNoteLessonId;
  if (!noteLessonId) throw new Error(`Course "${course.id}" has no lesson with a content note to test the layout of.`);
  const quizLessons = [quizLessonWith(course, 'matching'), quizLessonWith(course, 'sequencing')].filter((quiz, index, all) => all.findIndex((other) => other.lessonId === quiz.lessonId) === index);
  const scenario = readCourseScenarios(course.id).scenarios[0];
  if (!scenario) throw new Error(`Course "${course.id}" has no scenario to test the layout of.`);
  const base = `/courses/${course.id}`;
  return [
    { name: 'catalogue', open: async (page) => { await page.goto('/index.html'); } },
    {
      name: 'course overview',
      open: async (page) => {
        await page.goto(`${base}/index.html`);
        await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
      },
    },
    { name: 'reading lesson', lessonId: readingLessonId, open: (page) => openLesson(page, course, readingLessonId) },
    {
      name: 'lesson with a content note',
      lessonId: noteLessonId,
      open: async (page) => {
        await openLesson(page, course, noteLessonId);
        await expect(page.locator('main [data-content-note]').first()).toHaveAttribute('data-enhanced', 'true');
      },
    },
    ...quizLessons.map((quiz): PageType => ({
      name: `quiz lesson (${quiz.id})`,
      lessonId: quiz.lessonId,
      open: async (page) => {
        await openLesson(page, course, quiz.lessonId);
        await revealFromNote(page, quizSection(page, quiz.id));
        await waitForQuizReady(page, quiz.id);
        await backToTop(page);
      },
    })),
    {
      name: 'scenario lesson',
      lessonId: scenario.lessonId,
      open: async (page) => {
        await openLesson(page, course, scenario.lessonId);
        await openScenario(page, page, scenario);
        await backToTop(page);
      },
    },
    {
      name: 'search with results',
      open: async (page) => {
        await page.goto(`${base}/search.html?q=${encodeURIComponent(course.searchWord)}`);
        await expect(linksToLesson(page.locator('main'), course.lessonIds[0]).first()).toBeVisible();
      },
    },
    {
      name: 'what is recorded',
      open: async (page) => {
        await page.goto(`${base}/recorded.html`);
        await expect(page.locator('[data-reflection-count]')).not.toBeEmpty();
      },
    },
    {
      name: 'take a break',
      open: async (page) => {
        await page.goto(`${base}/take-a-break.html`);
        await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'break');
      },
    },
    { name: 'exit page', open: async (page) => { await page.goto(`${base}/exit.html`); } },
    {
      name: 'trainers index',
      open: async (page) => {
        await page.goto('/trainers/index.html');
        await expect(page.locator('main .trainer-scenarios a').first()).toBeVisible();
      },
    },
    {
      name: 'trainer scenario page',
      open: async (page) => {
        await page.goto('/trainers/index.html');
        const href = await page.locator('main .trainer-scenarios a').first().getAttribute('href');
        await page.goto(new URL(href ?? '', page.url()).href);
        await expect(page.locator('figure.scenario-diagram svg[role="img"]')).toBeVisible();
      },
    },
  ];
}
