import type { Page } from '@playwright/test';
import type { PlayState } from '../../src/core/scenario/scenario-definition';
import { findScene } from '../../src/core/scenario/scene-index';
import { listCourseFolders } from './support/course-source';
import { expect, test } from './support/fixtures';
import { readCourseScenarios, type CourseScenario } from './support/scenario-course';
import { planPlaysCoveringEveryChoice } from './support/scenario-paths';
import { expectDebrief, followPath, openScenario, playToEnding, pressStartAgain, pressTryAnother, scenarioParts } from './support/scenario-player';
import { courseIdUnderTest } from './support/built-site';
import { defined } from '../support/defined';

// Every rendering of the course under test (the original and its language versions), every
// scenario in it, played by keyboard on plays planned from the scenario graph in the source: between
// them they take every choice the author wrote and reach every ending, each debrief checked. One
// test per scenario and language; each play starts afresh with the player's own restart buttons.
// Every loop-free play would be ~750 per language, ~4 000 choices: hours, not minutes.

const renderings = listCourseFolders().filter(({ course }) => course.id === courseIdUnderTest).map(({ course }) => course);

/** About as many choices as the two plays of the suite's shortest scenario test, which has one test's time for them. */
const choicesPerTestTime = 8;

/** At an ending: the author's debrief is shown, then the player's own (points, endings found). */
async function expectEnding(page: Page, scenario: CourseScenario, state: PlayState, endingsReached: readonly string[]): Promise<void> {
  const ending = defined(findScene(scenario, state.sceneId), `ending ${state.sceneId}`);
  const { stage } = scenarioParts(page, scenario.id, scenario.language);
  for (const block of ending.blocks) await expect(stage, `the debrief of "${ending.id}"`).toContainText(block.text);
  await expectDebrief(page, scenario, state, endingsReached);
}

for (const rendering of renderings) {
  test.describe(`Every choice and ending of every scenario, ${rendering.language} (${rendering.slug})`, () => {
    for (const scenario of readCourseScenarios(rendering.slug).scenarios) {
      const plays = planPlaysCoveringEveryChoice(scenario);
      const choices = plays.reduce((count, play) => count + play.choiceIds.length, 0);
      test(`"${scenario.id}": ${plays.length} plays take all its choices by keyboard and reach every ending and its debrief`, async ({ page }) => {
        test.setTimeout(test.info().project.timeout * Math.ceil(choices / choicesPerTestTime));
        test.info().annotations.push({ type: 'plays', description: plays.map((play) => play.choiceIds.join(' → ')).join('\n') });
        await page.goto(`/courses/${rendering.slug}/${scenario.lessonId}.html`);
        await expect(page.locator('html')).toHaveAttribute('lang', rendering.language);
        await openScenario(page, page, scenario);
        const endingsReached: string[] = [];
        const taken = new Set<string>();
        for (const [index, play] of plays.entries()) {
          // Both ways to start afresh at an ending: the debrief's "Try a different path" and the player's "Start again".
          if (index > 0) await (index % 2 === 1 ? pressTryAnother(page, scenario) : pressStartAgain(page, scenario));
          const played = await test.step(`play ${index + 1} to "${play.state.sceneId}"`, () => playToEnding(page, scenario, followPath(play.choiceIds)));
          expect(played.state, `play ${index + 1} ends where the plan says`).toEqual(play.state);
          for (const step of played.steps) taken.add(step.choiceId);
          if (!endingsReached.includes(played.state.sceneId)) endingsReached.push(played.state.sceneId);
          await expectEnding(page, scenario, played.state, endingsReached);
        }
        const authored = (kind: 'scene' | 'ending') => scenario.scenes.filter((scene) => scene.kind === kind);
        expect([...taken].sort(), 'every choice taken').toEqual(authored('scene').flatMap((scene) => scene.choices.map((choice) => choice.id)).sort());
        expect([...endingsReached].sort(), 'every ending reached').toEqual(authored('ending').map((ending) => ending.id).sort());
      });
    }
  });
}
