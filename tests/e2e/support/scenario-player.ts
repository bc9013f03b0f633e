import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { ChoiceDef, PlayState, ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import { availableChoices, back, choose, isEnding, restart } from '../../../src/core/scenario/scenario-play';
import { findScene } from '../../../src/core/scenario/scene-index';
import { createTranslator, type Translate } from '../../../src/i18n/strings';
import { tabTo } from './learner';
import { goToLesson, resolveScope, type CourseScope } from './quiz-learner';
import { loadCourseScenarios } from './scenario-course';
import type { PickChoice } from './scenario-paths';

export { findPathsToTwoEndings, findPathToEnding, followPath, type PickChoice, type PlannedPath } from './scenario-paths';

// How a keyboard user plays the scenario island: Tab to a choice, Enter or Space, read the
// feedback, Continue. Every step is checked against the core's own stepping: focus moves to the
// new heading, the polite live region says where the learner is, and the choices shown are
// exactly those the core offers in that state.

/** One decision the learner took: the scene it was taken in and the choice. */
export interface ScenarioStep {
  sceneId: string;
  choiceId: string;
}

/** A play as the learner made it, and where it ended up. */
export interface PlayedScenario {
  scenario: ScenarioDefinition;
  steps: ScenarioStep[];
  state: PlayState;
}

/** The course's interface text from the build's own tables, so tests never copy its wording. */
export function scenarioText(): Translate {
  return createTranslator(loadCourseScenarios().language);
}

function pageOf(scope: Page | Frame): Page {
  return 'keyboard' in scope ? scope : scope.page();
}

export function scenarioSection(scope: CourseScope, scenarioId: string): Locator {
  return scope.locator(`section.scenario[data-scenario-id="${scenarioId}"]`);
}

/** The parts of one player a test looks at; the island joins its element ids as `scenario--<id>--<part>`. */
export function scenarioParts(scope: CourseScope, scenarioId: string) {
  const section = scenarioSection(scope, scenarioId);
  const t = scenarioText();
  const byId = (part: string) => section.locator(`[id="scenario--${scenarioId}--${part}"]`);
  return {
    section,
    stage: section.locator('.scenario-stage'),
    heading: byId('heading'),
    feedbackHeading: byId('feedback'),
    /** The player's own polite status region (role="status"), which announces every step. */
    live: section.locator('.scenario-player > .visually-hidden[role="status"]'),
    choices: section.locator('button.scenario-choice'),
    choice: (choiceId: string) => section.locator(`button.scenario-choice[data-choice-id="${choiceId}"]`),
    continueButton: section.locator('button.scenario-continue'),
    tryAnother: section.locator('button.scenario-try-another'),
    back: section.locator('.scenario-controls').getByRole('button', { name: t('scenario.back') }),
    startAgain: section.locator('.scenario-controls').getByRole('button', { name: t('scenario.startAgain') }),
    debrief: section.locator('.scenario-debrief'),
    reflectField: section.locator('.scenario-reflect textarea'),
  };
}

/** The heading the player shows for a state, and what its live region says on arriving there. */
export function expectedView(scenario: ScenarioDefinition, state: PlayState): { heading: string; announcement: string } {
  const t = scenarioText();
  const scene = findScene(scenario, state.sceneId);
  if (!scene) throw new Error(`Scenario "${scenario.id}" has no scene "${state.sceneId}".`);
  if (scene.kind === 'ending') {
    const heading = scene.title ? t('scenario.endingHeading', { title: scene.title }) : t('scenario.endingUntitled');
    return { heading, announcement: heading };
  }
  // Numbered by steps along this path; a scene without a title is announced with its setting.
  const number = state.path.length + 1;
  const withTitle = (title: string | undefined) => (title ? t('scenario.sceneHeading', { number, title }) : t('scenario.sceneNumber', { number }));
  return { heading: withTitle(scene.title), announcement: withTitle(scene.title ?? scene.setting) };
}

const shownChoiceIds = (choices: Locator) => choices.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-choice-id')));

/** The player shows this state: its scene (or ending) and heading, and exactly the choices the core offers there. */
export async function expectStateShown(scope: CourseScope, scenario: ScenarioDefinition, state: PlayState): Promise<void> {
  const parts = scenarioParts(await resolveScope(scope), scenario.id);
  await expect(parts.stage, 'the scene shown').toHaveAttribute('data-scene-id', state.sceneId);
  await expect(parts.heading).toHaveText(expectedView(scenario, state).heading);
  const offered = availableChoices(scenario, state).map((choice) => choice.id);
  await expect.poll(() => shownChoiceIds(parts.choices), { message: `choices shown in "${state.sceneId}" are those the core offers` }).toEqual(offered);
  if (isEnding(scenario, state)) await expect(parts.debrief).toBeVisible();
}

/** Focus is on the new heading and the live region announces it. */
async function expectArrived(scope: Page | Frame, scenario: ScenarioDefinition, state: PlayState): Promise<void> {
  const parts = scenarioParts(scope, scenario.id);
  await expect(parts.heading, 'focus moves to the new heading').toBeFocused();
  await expect(parts.live, 'the live region announces where the learner is').toHaveText(expectedView(scenario, state).announcement);
  await expectStateShown(scope, scenario, state);
}

/** Waits until the island has hydrated and has the learner's saved place (or knows there is none), and is saving. */
export async function waitForScenarioReady(scope: CourseScope, scenarioId: string): Promise<void> {
  const { section } = scenarioParts(await resolveScope(scope), scenarioId);
  await section.scrollIntoViewIfNeeded();
  // The server renders the start with "Getting your saved place"; it goes once the course tracker answered.
  await expect(section.locator(`[id="scenario--${scenarioId}--waiting"]`), `scenario "${scenarioId}" gets the learner's saved place`).toHaveCount(0);
  await expect(section.locator('.scenario-player > .scenario-notice'), 'the player can save the learner\'s place').toHaveCount(0);
}

/**
 * Opens the scenario's lesson from a visible link (unless it is shown), chooses "Continue" by
 * keyboard in the content note that hides it if there is one, and waits for the player.
 */
export async function openScenario(page: Page, content: CourseScope, scenario: ScenarioDefinition): Promise<void> {
  const direct = await resolveScope(content);
  await goToLesson(page, direct, scenario.lessonId);
  const { section } = scenarioParts(direct, scenario.id);
  await expect(section).toBeAttached();
  if (!(await section.isVisible())) {
    const note = direct.locator('[data-content-note]', { has: section }).last();
    await note.locator('button[data-choice="continue"]').focus();
    await page.keyboard.press('Enter');
  }
  await expect(section, 'the scenario is shown').toBeVisible();
  await waitForScenarioReady(direct, scenario.id);
}

async function isFocusWithin(section: Locator): Promise<boolean> {
  return section.evaluate((element) => element.contains(element.ownerDocument.activeElement));
}

/** Alternates the two keys that press a button, so both are used along a play. */
const keyFor = (step: number) => (step % 2 === 0 ? 'Enter' : 'Space');

/**
 * Takes one available choice by keyboard: Tab to its button, press it; when the author wrote
 * feedback, focus goes to it and it is announced, then Tab to Continue and press that (unless
 * `stopAtFeedback`: then pressContinue goes on). Ends with focus on the new scene's heading,
 * announced. Returns the core's state after the choice.
 */
export async function takeChoice(scope: CourseScope, scenario: ScenarioDefinition, state: PlayState, choiceId: string, options: { stopAtFeedback?: boolean } = {}): Promise<PlayState> {
  const direct = await resolveScope(scope);
  const page = pageOf(direct);
  const parts = scenarioParts(direct, scenario.id);
  const choice: ChoiceDef | undefined = availableChoices(scenario, state).find((candidate) => candidate.id === choiceId);
  if (!choice) throw new Error(`Choice "${choiceId}" is not available in scene "${state.sceneId}" of "${scenario.id}".`);
  // A learner arriving at the scenario starts from its heading; after a step, focus is already there.
  if (!(await isFocusWithin(parts.section))) await parts.heading.focus();
  await tabTo(page, parts.choice(choiceId));
  await page.keyboard.press(keyFor(state.path.length));
  const next = choose(scenario, state, choiceId);
  if (!choice.feedback) {
    await expectArrived(direct, scenario, next);
    return next;
  }
  await expect(parts.feedbackHeading, 'focus moves to the feedback').toBeFocused();
  await expect(parts.live, 'the feedback is announced').toHaveText(scenarioText()('scenario.announceFeedback', { choice: choice.text }));
  await expect(parts.section.locator(`.scenario-feedback[data-feedback-for="${choiceId}"]`)).toBeVisible();
  await expect(parts.stage, 'the feedback shows in the scene the choice was taken in').toHaveAttribute('data-scene-id', state.sceneId);
  if (!options.stopAtFeedback) await pressContinue(direct, scenario, next);
  return next;
}

/** With a choice's feedback shown, Tab to Continue and press it; `next` is the state the choice led to. */
export async function pressContinue(scope: CourseScope, scenario: ScenarioDefinition, next: PlayState): Promise<void> {
  const direct = await resolveScope(scope);
  await tabTo(pageOf(direct), scenarioParts(direct, scenario.id).continueButton);
  await pageOf(direct).keyboard.press(keyFor(next.path.length));
  await expectArrived(direct, scenario, next);
}

/**
 * Plays from `from` (the start by default; it must be what the player shows) to an ending by
 * keyboard, taking the choice `pickChoice` names in each state.
 */
export async function playToEnding(scope: CourseScope, scenario: ScenarioDefinition, pickChoice: PickChoice, options: { from?: PlayState } = {}): Promise<PlayedScenario> {
  const direct = await resolveScope(scope);
  let state = options.from ?? restart(scenario);
  await expectStateShown(direct, scenario, state);
  const steps: ScenarioStep[] = [];
  while (!isEnding(scenario, state)) {
    if (steps.length >= 100) throw new Error(`Scenario "${scenario.id}": 100 choices without reaching an ending; the picks go round a loop.`);
    const choiceId = pickChoice(state, availableChoices(scenario, state));
    steps.push({ sceneId: state.sceneId, choiceId });
    state = await takeChoice(direct, scenario, state, choiceId);
  }
  return { scenario, steps, state };
}

/** Presses "Back one step" by keyboard (Tab from where focus is); the player goes back to the core's previous state. */
export async function pressBack(scope: CourseScope, scenario: ScenarioDefinition, state: PlayState): Promise<PlayState> {
  const direct = await resolveScope(scope);
  const parts = scenarioParts(direct, scenario.id);
  await tabTo(pageOf(direct), parts.back);
  await pageOf(direct).keyboard.press('Enter');
  const previous = back(scenario, state);
  await expectArrived(direct, scenario, previous);
  return previous;
}

/** At an ending, presses "Try a different path" by keyboard; the player starts again from the first scene. */
export async function pressTryAnother(scope: CourseScope, scenario: ScenarioDefinition): Promise<PlayState> {
  const direct = await resolveScope(scope);
  await tabTo(pageOf(direct), scenarioParts(direct, scenario.id).tryAnother);
  await pageOf(direct).keyboard.press('Space');
  const start = restart(scenario);
  await expectArrived(direct, scenario, start);
  return start;
}

/** The name the author gave the dimension (`dimensionNames`), else its id as words: "self-care" → "Self care". */
function dimensionName(scenario: ScenarioDefinition, dimension: string, language: string): string {
  const named = scenario.dimensionNames?.[dimension];
  if (named) return named;
  const words = dimension.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(language) + words.slice(1);
}

/**
 * At an ending: each dimension with this play's points ("Choice: 3 …", whatever scale follows),
 * how many endings are found, and their titles in authored order.
 */
export async function expectDebrief(scope: CourseScope, scenario: ScenarioDefinition, state: PlayState, endingsReached: readonly string[]): Promise<void> {
  const { debrief } = scenarioParts(await resolveScope(scope), scenario.id);
  const t = scenarioText();
  const { language } = loadCourseScenarios();
  const number = new Intl.NumberFormat(language);
  for (const dimension of new Set(scenario.dimensions)) {
    await expect(debrief.locator(`li[data-dimension="${dimension}"]`), `debrief for ${dimension}`).toContainText(
      `${dimensionName(scenario, dimension, language)}: ${number.format(state.scores[dimension] ?? 0)}`,
    );
  }
  const endings = scenario.scenes.filter((scene) => scene.kind === 'ending');
  const found = endings.filter((ending) => endingsReached.includes(ending.id));
  const foundKey = endings.length === 1 ? 'scenario.endingsFoundOne' : 'scenario.endingsFound';
  await expect(debrief.locator('.scenario-found'), 'endings found').toHaveText(t(foundKey, { found: found.length, total: endings.length }));
  await expect(debrief.locator('.scenario-found-list li'), 'the endings found, by title').toHaveText(found.map((ending) => ending.title ?? ending.id));
}
