import type { Page } from '@playwright/test';
import { decodeLessonPlace, sectionKey, type LessonPlace } from '../../src/core/scorm/lesson-place';
import { availableChoices, startScenario } from '../../src/core/scenario/scenario-play';
import { createTranslator, type Language } from '../../src/i18n/strings';
import { defined, itemAt } from '../support/defined';
import { findAxeViolations } from './support/axe';
import { findCourseInLanguage } from './support/course-source';
import { expect, test } from './support/fixtures';
import { activate, expectLesson, tabTo } from './support/learner';
import { findQuestion, readCourseQuizzes } from './support/course-quizzes';
import { answerQuestion, goToLesson, questionCard, readShownQuestionIds, waitForQuizReady } from './support/quiz-learner';
import {
  expectSamePlace,
  findNoteLesson,
  readInSection,
  readKeptPlace,
  readSectionHeadingId,
  readSectionIndex,
  readShownPlace,
  type PlaceScope,
} from './support/reading-place';
import { loadCourseScenarios } from './support/scenario-course';
import { findPlaceWhereVariablesMatter } from './support/scenario-paths';
import { openScenario, scenarioParts, takeChoice } from './support/scenario-player';

// The English course under test and its Danish version: one course id, one record, two folders.
const danish = findCourseInLanguage('da');
const danishText = createTranslator('da');

const SECTION_HEADINGS = 'main :is(h2, h3)[id]:not(astro-island *)';
const switchTo = (scope: PlaceScope, language: Language) => scope.locator(`nav.language-switch a[hreflang="${language}"]`);

interface LeftPlace {
  place: LessonPlace;
  /** Position of the place's section among the lesson's section headings; -1 before the first. */
  index: number;
}

/**
 * Goes up to the top of the page and Tabs to the language switch (going up past the lesson does not
 * move the place), takes the place the course keeps at that moment, presses Enter
 * and waits for the lesson in that language. Returns the place left.
 */
async function switchLanguage(page: Page, scope: PlaceScope, courseId: string, language: Language, lessonId: string): Promise<LeftPlace> {
  // The skip link is the page's first stop: from there the switch is a few Tabs away, through the
  // header only, so no part of the lesson passes by on the way.
  await scope.locator('a.skip-link').focus();
  await expect.poll(() => scope.locator('html').evaluate(() => window.scrollY), { message: 'the window is up at the top' }).toBe(0);
  await tabTo(page, switchTo(scope, language));
  const kept = defined(await readKeptPlace(scope, courseId), 'the place kept before switching');
  const place = defined(decodeLessonPlace(kept), 'a readable place');
  const ids = await scope.locator(SECTION_HEADINGS).evaluateAll((headings) => headings.map((heading) => heading.id));
  await page.keyboard.press('Enter');
  await expect(scope.locator('html')).toHaveAttribute('lang', language);
  await expectLesson(scope, lessonId);
  return { place, index: place.sectionKey === undefined ? -1 : ids.findIndex((id) => sectionKey(id) === place.sectionKey) };
}

/** Waits until the learner has stayed somewhere in the lesson long enough for it to be their place. */
async function waitForPlaceInSection(scope: PlaceScope, courseId: string): Promise<void> {
  await expect.poll(() => readKeptPlace(scope, courseId), { message: 'the place is taken in a section' }).toContain('~');
}

/**
 * In the other language: the place kept is the one left, in the section at the same position, at the
 * same share of it (give or take what the page's settling moves it) with the same note open, and the
 * window shows that section with focus on its heading.
 */
async function expectPlaceCarried(scope: PlaceScope, courseId: string, left: LeftPlace): Promise<void> {
  const headingId = left.index >= 0 ? await readSectionHeadingId(scope, left.index) : undefined;
  await expect.poll(async () => {
    const kept = decodeLessonPlace((await readKeptPlace(scope, courseId)) ?? '');
    return kept && { ...kept, permille: Math.abs(kept.permille - left.place.permille) <= 15 ? left.place.permille : kept.permille };
  }, { message: 'the place, in the same section of this language' }).toEqual({ ...left.place, ...(headingId === undefined ? {} : { sectionKey: sectionKey(headingId) }) });
  if (headingId === undefined) return;
  await expect.poll(async () => (await readShownPlace(scope)).headingId, { message: 'the section shown at the top of the window' }).toBe(headingId);
  await expect(scope.locator(`main [id="${headingId}"]`), 'focus on the heading of the section').toBeFocused();
}

test.describe('the language switch on the plain site', () => {
  test('mid-lesson, deep inside an open content note: the Danish lesson opens at the same section and share of it, the note open, and back again', async ({ page, course }) => {
    test.setTimeout(90_000);
    const note = findNoteLesson(course);
    await page.goto(`/courses/${course.id}/${note.lessonId}.html`);
    await expectLesson(page, note.lessonId);
    const noteSection = page.locator('main [data-content-note]').nth(note.noteIndex);
    await expect(noteSection).toHaveAttribute('data-enhanced', 'true');
    await activate(page, noteSection.locator(':scope > [role="note"] button[data-choice="continue"]'));
    const headingId = itemAt(note.headingIds, Math.floor(note.headingIds.length / 2));
    const place = await readInSection(page, page, course.id, note.lessonId, headingId);
    const readIndex = await readSectionIndex(page, headingId);
    const left = await switchLanguage(page, page, course.id, 'da', note.lessonId);
    expect(left.index, 'the place left is in the section read').toBe(readIndex);
    await expect(page).toHaveURL(new RegExp(`/courses/${danish.slug}/${note.lessonId}\\.html$`));
    await test.step('the same section, the same share of it, the same note open', async () => {
      await expectPlaceCarried(page, course.id, left);
      await expect(page.locator('main [data-content-note]').nth(note.noteIndex).locator(':scope > [data-content-note-material]')).toBeVisible();
    });

    await switchLanguage(page, page, course.id, 'en', note.lessonId);
    await test.step('back in English: the same place again', () => expectSamePlace(page, place, 'en'));
  });

  test('mid-quiz: the Danish lesson shows the same draw, the answer given and the questions still open', async ({ page, course }) => {
    test.setTimeout(90_000);
    const { quizzes } = readCourseQuizzes(course.id);
    const quiz = defined(quizzes.find((candidate) => candidate.items.length >= 2), 'a quiz with two or more questions');
    await page.goto(`/courses/${course.id}/index.html`);
    await goToLesson(page, page, quiz.lessonId);
    await waitForQuizReady(page, quiz.id);
    const shownIds = await readShownQuestionIds(page, quiz.id);
    const [answeredId, ...openIds] = shownIds as [string, ...string[]];
    await answerQuestion(page, quiz.id, findQuestion(quiz, answeredId), 'right');
    await waitForPlaceInSection(page, course.id);
    const left = await switchLanguage(page, page, course.id, 'da', quiz.lessonId);
    await expectPlaceCarried(page, course.id, left);
    await waitForQuizReady(page, quiz.id, danishText);
    expect(await readShownQuestionIds(page, quiz.id), 'the same questions, drawn the same').toEqual(shownIds);
    await expect(questionCard(page, quiz.id, answeredId).locator('.quiz-feedback-fits'), 'the answer given, checked').toBeVisible();
    await expect(questionCard(page, quiz.id, answeredId).locator('[id$="--reason"]')).toHaveText(danishText('quiz.finished'));
    for (const questionId of openIds) await expect(questionCard(page, quiz.id, questionId).locator('.quiz-feedback'), questionId).toHaveCount(0);
    await expect(page.locator(`section.quiz[data-quiz-id="${quiz.id}"] .quiz-summary`)).toContainText(danishText('quiz.answeredCount', { answered: 1, total: shownIds.length }));

    await test.step('the Danish overview offers to continue with the lesson, by its Danish title', async () => {
      const danishTitle = defined(await page.locator('main h1').textContent(), 'the lesson title');
      await activate(page, page.locator('header a.course-title'));
      await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'overview');
      await expect(page.locator('a[data-resume-link] [data-resume-title]')).toHaveText(danishTitle.trim());
    });
  });

  test('mid-scenario: the Danish player shows the same scene with the same variables, and the play goes on in English', async ({ page, course }) => {
    test.setTimeout(90_000);
    const { scenarios } = loadCourseScenarios();
    const found = scenarios.flatMap((scenario) => {
      const place = findPlaceWhereVariablesMatter(scenario);
      return place ? [{ scenario, place }] : [];
    })[0];
    const { scenario, place } = defined(found, 'a scenario whose variables decide what is offered');
    await page.goto(`/courses/${course.id}/index.html`);
    await openScenario(page, page, scenario);
    let state = startScenario(scenario);
    for (const choiceId of place.choiceIds) state = await takeChoice(page, scenario, state, choiceId);
    expect(state).toEqual(place.state);
    await waitForPlaceInSection(page, course.id);
    const left = await switchLanguage(page, page, course.id, 'da', scenario.lessonId);
    await expectPlaceCarried(page, course.id, left);
    const parts = scenarioParts(page, scenario.id);
    await expect(parts.section).toBeVisible();
    await expect(parts.section.locator(`[id="scenario--${scenario.id}--waiting"]`)).toHaveCount(0);
    await expect(parts.stage, 'the same scene').toHaveAttribute('data-scene-id', state.sceneId);
    await expect.poll(() => parts.choices.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-choice-id'))), {
      message: 'exactly the choices these variable values allow',
    }).toEqual(availableChoices(scenario, state).map((choice) => choice.id));

    await switchLanguage(page, page, course.id, 'en', scenario.lessonId);
    await openScenario(page, page, scenario);
    const choice = itemAt(availableChoices(scenario, state), 0);
    state = await takeChoice(page, scenario, state, choice.id);
    await expect(parts.stage).toHaveAttribute('data-scene-id', state.sceneId);
  });

  test('the switch is a labelled list of links in the other language, reached by keyboard, on every kind of course page, and axe finds nothing', async ({ page, course }) => {
    test.setTimeout(90_000);
    for (const file of ['index.html', `${course.lessonIds[0]}.html`, 'search.html', 'recorded.html', 'take-a-break.html']) {
      await page.goto(`/courses/${course.id}/${file}`);
      const nav = page.getByRole('navigation', { name: createTranslator('en')('language.switch') });
      await expect(nav).toBeVisible();
      await expect(nav.locator('li')).toHaveAttribute('lang', 'da');
      await expect(switchTo(page, 'da')).toHaveText(danishText('language.label'));
      await expect(switchTo(page, 'da')).toHaveAttribute('href', new RegExp(`\\.\\./${danish.slug}/${file.replace('.', '\\.')}$`));
      await tabTo(page, switchTo(page, 'da'));
    }
    await page.goto(`/courses/${danish.slug}/${course.lessonIds[0]}.html`);
    await expect(switchTo(page, 'en')).toHaveText(createTranslator('en')('language.label'));
    expect(await findAxeViolations(page)).toEqual([]);
  });
});
