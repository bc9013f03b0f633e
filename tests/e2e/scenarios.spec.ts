import type { Frame, Page } from '@playwright/test';
import type { PlayState } from '../../src/core/scenario/scenario-definition';
import { availableChoices, startScenario } from '../../src/core/scenario/scenario-play';
import { scoreRanges, type ScoreRange } from '../../src/core/scenario/score-ranges';
import { findAxeViolations } from './support/axe';
import type { ScormVersion } from './support/built-site';
import { expect, test } from './support/fixtures';
import { activate, tabTo } from './support/learner';
import { closeCourseFrame, openHarness } from './support/lms-harness';
import { describeInteractionMismatch, readInteractionsSet } from './support/lms-interactions';
import { countCalls, describeFailedCalls, readLmsLog, readLmsStored, scormNames, type LmsCall } from './support/lms-log';
import { resolveScope } from './support/quiz-learner';
import { createRelaunchData } from './support/relaunch-data';
import { countedScenarios, loadCourseScenarios, type CourseScenario } from './support/scenario-course';
import { expectedDecision, expectedPlayInteractions } from './support/scenario-interactions';
import { findPlaceWhereVariablesMatter, type PlannedPath } from './support/scenario-paths';
import {
  expectDebrief,
  expectStateShown,
  findPathsToTwoEndings,
  findPathToEnding,
  followPath,
  openScenario,
  playToEnding,
  pressBack,
  pressContinue,
  pressTryAnother,
  scenarioParts,
  scenarioText,
  takeChoice,
  type ScenarioStep,
} from './support/scenario-player';
import { defined, itemAt } from '../support/defined';

const versionName: Record<ScormVersion, string> = { '12': '1.2', '2004': '2004' };

// Which scenarios a test plays is chosen from the source by what they are, so the tests follow the
// course when authors add, move or change scenarios. Paths come from the core (scenario-paths.ts).

/** The first scenario in course order: what a learner meets first. */
const firstScenario = (): CourseScenario => {
  const scenario = loadCourseScenarios().scenarios[0];
  if (!scenario) throw new Error('The course has no scenario.');
  return scenario;
};

/**
 * A scenario and a place in it where the variables decide what is offered, preferring one written
 * inside a content note (the learner chooses Continue there again after a reload).
 */
function pickResumeCase(): { scenario: CourseScenario; place: PlannedPath } {
  const { scenarios } = loadCourseScenarios();
  for (const scenario of [...scenarios.filter((candidate) => candidate.inContentNote), ...scenarios.filter((candidate) => !candidate.inContentNote)]) {
    const place = findPlaceWhereVariablesMatter(scenario);
    if (place) return { scenario, place };
  }
  throw new Error('No scenario offers different choices depending on its variables: the resume test needs one.');
}

const lessonUrl = (courseId: string, lessonId: string) => `/courses/${courseId}/${lessonId}.html`;

/** Takes `choiceIds` by keyboard from the start (which the player must show), stopping wherever they stop. */
async function takeChoices(scope: Page | Frame, scenario: CourseScenario, choiceIds: readonly string[]): Promise<{ state: PlayState; steps: ScenarioStep[] }> {
  let state = startScenario(scenario);
  const steps: ScenarioStep[] = [];
  for (const choiceId of choiceIds) {
    steps.push({ sceneId: state.sceneId, choiceId });
    state = await takeChoice(scope, scenario, state, choiceId);
  }
  return { state, steps };
}

/** Choices that take the learner part of the way: to a place where the variables matter, else most of a second path. */
function planMidway(scenario: CourseScenario): string[] {
  const midway = findPlaceWhereVariablesMatter(scenario)?.choiceIds ?? findPathsToTwoEndings(scenario)[1].choiceIds.slice(0, -1);
  if (midway.length === 0) throw new Error(`Scenario "${scenario.id}" has no place between its start and an ending to relaunch at.`);
  return midway;
}

function attachLmsLog(name: string, log: LmsCall[]): Promise<void> {
  return test.info().attach(`LMS log, ${name}`, { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
}

test.describe('Scenarios on the website', () => {
  test('a volunteer plays one scenario to two different endings by keyboard only, going back a step and starting again', async ({ page, course }) => {
    const scenario = firstScenario();
    const [first, second] = findPathsToTwoEndings(scenario);
    test.info().annotations.push({ type: 'paths', description: `${scenario.id}: ${first.choiceIds.join(' → ')} / ${second.choiceIds.join(' → ')}` });
    await page.goto(lessonUrl(course.id, scenario.lessonId));
    await openScenario(page, page, scenario);
    const parts = scenarioParts(page, scenario.id);
    await expect(parts.back, 'nothing to go back to at the start').toBeDisabled();

    const start = startScenario(scenario);
    await test.step('take the second path\'s first choice, then Back one step returns to the start', async () => {
      const detour = await takeChoice(page, scenario, start, itemAt(second.choiceIds, 0));
      expect(await pressBack(page, scenario, detour)).toEqual(start);
    });

    const firstPlay = await test.step(`play to "${first.state.sceneId}"`, () => playToEnding(page, scenario, followPath(first.choiceIds)));
    expect(firstPlay.state).toEqual(first.state);
    await test.step('the debrief tells each dimension\'s points and one ending found', () => expectDebrief(page, scenario, firstPlay.state, [first.state.sceneId]));

    await test.step('Try a different path starts again', () => pressTryAnother(page, scenario));
    const secondPlay = await test.step(`play to "${second.state.sceneId}"`, () => playToEnding(page, scenario, followPath(second.choiceIds)));
    await test.step('the debrief tells this play\'s points and both endings found', () =>
      expectDebrief(page, scenario, secondPlay.state, [first.state.sceneId, second.state.sceneId]));
  });

  test('reloading mid-scenario resumes at the same scene with the same variables', async ({ page, course }) => {
    const { scenario, place } = pickResumeCase();
    test.info().annotations.push({ type: 'place', description: `${scenario.id}: ${place.choiceIds.join(' → ')} (${scenario.inContentNote ? 'in a content note' : 'no content note'})` });
    const initial = startScenario(scenario).variables;
    const offered = availableChoices(scenario, place.state);
    const onlyWithTheseValues = offered.filter((choice) => !availableChoices(scenario, { ...place.state, variables: initial }).some((other) => other.id === choice.id));

    await page.goto(lessonUrl(course.id, scenario.lessonId));
    await openScenario(page, page, scenario);
    const { state } = await takeChoices(page, scenario, place.choiceIds);
    expect(state).toEqual(place.state);

    await page.reload();
    await openScenario(page, page, scenario);
    await test.step('the same scene, its number, and exactly the choices these variable values allow', () => expectStateShown(page, scenario, state));

    // A choice only these values make available is there, and taking it goes on from the same state.
    const choice = onlyWithTheseValues[0] ?? itemAt(offered, 0);
    await test.step(`take "${choice.id}" after the reload`, () => takeChoice(page, scenario, state, choice.id));
  });

  test('a scenario has no axe violations at the start, with a choice\'s feedback shown and at an ending', async ({ page, course }) => {
    const scenario = firstScenario();
    const path = findPathToEnding(scenario);
    await page.goto(lessonUrl(course.id, scenario.lessonId));
    await openScenario(page, page, scenario);
    expect.soft(await findAxeViolations(page), 'at the start').toEqual([]);

    let state = startScenario(scenario);
    let sawFeedback = false;
    for (const choiceId of path.choiceIds) {
      const choice = defined(availableChoices(scenario, state).find((candidate) => candidate.id === choiceId), `an available choice ${choiceId}`);
      const next = await takeChoice(page, scenario, state, choiceId, { stopAtFeedback: !sawFeedback });
      if (choice.feedback && !sawFeedback) {
        sawFeedback = true;
        expect.soft(await findAxeViolations(page), `with the feedback on "${choiceId}" shown`).toEqual([]);
        await pressContinue(page, scenario, next);
      }
      state = next;
    }
    expect(sawFeedback, 'the path took a choice with feedback').toBe(true);
    const parts = scenarioParts(page, scenario.id);
    if (await parts.reflectField.count()) {
      await tabTo(page, parts.reflectField);
      await page.keyboard.type('A thought of my own.');
    }
    expect(await findAxeViolations(page), `at the ending "${state.sceneId}"`).toEqual([]);
  });

  test('the trainer pages draw every scene and ending, and outline every scene, choice and ending with its score ranges', async ({ page, course }) => {
    const { scenarios, courseId } = loadCourseScenarios();
    const t = scenarioText();
    const formatRange = (dimension: string, range: ScoreRange) =>
      range.min === range.max ? t('trainers.rangeOne', { dimension, min: range.min }) : t('trainers.range', { dimension, min: range.min, max: range.max });

    await page.goto('/trainers/index.html');
    for (const scenario of scenarios) {
      await expect(page.locator(`main a[href$="${courseId}/${scenario.id}.html"]`), `the index links to ${scenario.id}`).toHaveText(scenario.title);
    }
    expect(courseId).toBe(course.id);

    for (const [index, scenario] of scenarios.entries()) {
      await test.step(scenario.id, async () => {
        // The first one is reached from the index by keyboard, as a trainer would; the rest directly.
        if (index === 0) await activate(page, page.locator(`main a[href$="${courseId}/${scenario.id}.html"]`));
        else await page.goto(`/trainers/${courseId}/${scenario.id}.html`);
        await expect(page.locator('h1')).toHaveText(scenario.title);
        const ranges = scoreRanges(scenario);
        const svg = page.locator('figure.scenario-diagram svg[role="img"]');
        const readIds = (selector: string, attribute: string) => svg.locator(selector).evaluateAll((elements, name) => elements.map((element) => element.getAttribute(name)).sort(), attribute);
        expect(await readIds('g.diagram-node', 'data-scene-id'), 'one diagram node per scene and ending').toEqual(scenario.scenes.map((scene) => scene.id).sort());
        expect(await readIds('path.diagram-edge', 'data-choice-id'), 'one arrow per choice').toEqual(scenario.scenes.flatMap((scene) => scene.choices.map((choice) => choice.id)).sort());

        const outline = page.locator('section.scenario-outline');
        for (const scene of scenario.scenes) {
          const item = outline.locator(`li.outline-scene[id="outline--${scenario.id}--${scene.id}"]`);
          await expect(item, `outline of ${scene.id}`).toHaveClass(new RegExp(`\\b${scene.kind}\\b`));
          await expect(item.locator('h3')).toContainText(scene.id);
          if (scene.kind === 'scene') {
            expect(await item.locator('ul.outline-choices > li').evaluateAll((items) => items.map((element) => element.getAttribute('data-choice-id'))), `choices of ${scene.id}`)
              .toEqual(scene.choices.map((choice) => choice.id));
            for (const choice of scene.choices) await expect(item.locator(`li[data-choice-id="${choice.id}"] > p`)).toContainText(choice.text);
            continue;
          }
          const expected = Object.entries(ranges[scene.id] ?? {}).map(([dimension, range]) => formatRange(dimension, range));
          expect(expected.length, `${scene.id} is reachable and has ranges`).toBeGreaterThan(0);
          await expect(item.locator('ul.outline-ranges > li'), `score ranges of ${scene.id}`).toHaveText(expected);
          const node = svg.locator(`g.diagram-node[data-scene-id="${scene.id}"]`);
          for (const text of expected) await expect(node, `the diagram's ${scene.id} box`).toContainText(text);
        }
      });
    }
  });
});

for (const version of ['12', '2004'] as const) {
  const names = scormNames[version];

  test.describe(`Scenarios in SCORM ${versionName[version]}`, () => {
    test('the LMS receives each decision and the outcome in the exact format, never a reflection, and a relaunch resumes the scenario', async ({ page, scormPackages, openContext }) => {
      const { courseId } = loadCourseScenarios();
      const scenario = countedScenarios()[0] ?? firstScenario();
      const withReflect = findPathToEnding(scenario, [], (ending) => ending.reflect !== undefined);
      const midway = planMidway(scenario);
      const reflection = `private-reflection-${version}-${Date.now()}`;
      const mounted = scormPackages[version];
      const content = await resolveScope(await openHarness(page, mounted));
      await openScenario(page, content, scenario);

      const played = await test.step(`play "${scenario.id}" to "${withReflect.state.sceneId}"`, () => playToEnding(content, scenario, followPath(withReflect.choiceIds)));
      await test.step('write in the ending\'s Pause and reflect prompt', async () => {
        const { reflectField } = scenarioParts(content, scenario.id);
        await tabTo(page, reflectField);
        await page.keyboard.type(reflection);
        await expect(reflectField).toHaveValue(reflection);
      });
      await pressTryAnother(content, scenario);
      const resumeAt = await test.step('start again and go part of the way', () => takeChoices(content, scenario, midway));

      await closeCourseFrame(page);
      await expect.poll(async () => countCalls(await readLmsLog(page), names.finish), { message: names.finish }).toBe(1);
      const log = await readLmsLog(page);
      await attachLmsLog('first session', log);
      const stored = await readLmsStored(page);

      await test.step('one decision interaction per choice, then the outcome, in the exact format; no API errors', () => {
        const expected = [
          ...expectedPlayInteractions(version, courseId, played),
          ...resumeAt.steps.map((step) => expectedDecision(version, courseId, scenario, step.sceneId, step.choiceId)),
        ];
        const received = readInteractionsSet(log, version);
        expect.soft(received.length, 'interactions received').toBe(expected.length);
        for (const [index, interaction] of expected.entries()) {
          expect.soft(describeInteractionMismatch(received[index], interaction), `cmi.interactions.${index}: ${interaction.exact.id} (${interaction.exact.type})`).toEqual([]);
        }
        expect.soft(describeFailedCalls(log), 'API calls that the LMS answered with an error').toEqual([]);
      });

      await test.step('the reflection never reaches the LMS', () => {
        expect.soft(log.filter((call) => call.args.some((arg) => arg.includes(reflection))).map((call) => call.method), 'calls carrying the reflection').toEqual([]);
        expect.soft(JSON.stringify(stored).includes(reflection), 'what the LMS stored holds the reflection').toBe(false);
      });

      await test.step('a relaunch from what the LMS stored resumes the scenario where it was left', async () => {
        const relaunched = await (await openContext()).newPage();
        const resumed = await resolveScope(await openHarness(relaunched, mounted, createRelaunchData(version, stored)));
        await expect(resumed.locator('body'), 'the course opens the lesson the learner left').toHaveAttribute('data-lesson-id', scenario.lessonId);
        await openScenario(relaunched, resumed, scenario);
        await expectStateShown(resumed, scenario, resumeAt.state);
        const rest = findPathToEnding(scenario, resumeAt.state.path);
        const finished = await playToEnding(resumed, scenario, followPath(rest.choiceIds), { from: resumeAt.state });
        await expectDebrief(resumed, scenario, finished.state, [...new Set([withReflect.state.sceneId, finished.state.sceneId])]);
        const relaunchLog = await readLmsLog(relaunched);
        await attachLmsLog('resumed session', relaunchLog);
        expect.soft(describeFailedCalls(relaunchLog), 'API calls in the resumed session that the LMS answered with an error').toEqual([]);
        expect.soft(relaunchLog.filter((call) => call.args.some((arg) => arg.includes(reflection))).length, 'calls in the resumed session carrying the reflection').toBe(0);
      });
    });
  });
}
