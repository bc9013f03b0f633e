import type { Page } from '@playwright/test';
import type { PlayState } from '../../src/core/scenario/scenario-definition';
import { findScene } from '../../src/core/scenario/scene-index';
import { listCourseFolders } from './support/course-source';
import { expect, test } from './support/fixtures';
import { readCourseScenarios, type CourseScenario } from './support/scenario-course';
import { planPlaysCoveringEveryChoice } from './support/scenario-paths';
import { expectDebrief, followPath, openScenario, playToEnding, pressBack, pressStartAgain, pressTryAnother, scenarioParts } from './support/scenario-player';
import { planWalk, type WalkedPlay } from './support/scenario-walk';
import { courseIdUnderTest } from './support/built-site';
import { defined } from '../support/defined';

// Every rendering of the course under test (the original and its language versions), every
// scenario in it, played by keyboard on plays planned from the scenario graph in the source: between
// them they take every choice the author wrote and reach every ending, each debrief checked. One
// test per scenario and language. From each ending the next play begins with the player's own
// buttons: "Back one step" to where the two plays part, or "Try a different path" / "Start again"
// where going back is longer (each used at least once; support/scenario-walk.ts).
// Every loop-free play would be ~750 per language, ~4 000 choices: hours, not minutes.

const renderings = listCourseFolders().filter(({ course }) => course.id === courseIdUnderTest).map(({ course }) => course);

/** About as many steps (a choice, a press of Back) as the two plays of the suite's shortest scenario test, which has one test's time for them. */
const stepsPerTestTime = 8;

/** From the previous play's ending to where `walked` goes its own way, by the player's buttons; the state there. */
async function goOn(page: Page, scenario: CourseScenario, walked: WalkedPlay, ending: PlayState): Promise<PlayState> {
  if (walked.wayOn === 'try-another') return pressTryAnother(page, scenario);
  if (walked.wayOn === 'start-again') return pressStartAgain(page, scenario);
  let state = ending;
  for (let step = 0; step < walked.backSteps; step += 1) state = await pressBack(page, scenario, state);
  return state;
}

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
      const walk = planWalk(planPlaysCoveringEveryChoice(scenario));
      const steps = walk.reduce((count, { play, backSteps }) => count + play.choiceIds.length + backSteps, 0);
      test(`"${scenario.id}": ${walk.length} plays take all its choices by keyboard and reach every ending and its debrief`, async ({ page }) => {
        test.setTimeout(test.info().project.timeout * Math.ceil(steps / stepsPerTestTime));
        test.info().annotations.push({ type: 'plays', description: walk.map(({ play, wayOn }) => `${wayOn ?? 'start'}: ${play.choiceIds.join(' → ')}`).join('\n') });
        await page.goto(`/courses/${rendering.slug}/${scenario.lessonId}.html`);
        await expect(page.locator('html')).toHaveAttribute('lang', rendering.language);
        await openScenario(page, page, scenario);
        const endingsReached: string[] = [];
        const taken = new Set<string>();
        let ending: PlayState | undefined;
        for (const [index, walked] of walk.entries()) {
          const { play } = walked;
          const played = await test.step(`play ${index + 1} (${walked.wayOn ?? 'start'}) to "${play.state.sceneId}"`, async () => {
            const from = ending ? await goOn(page, scenario, walked, ending) : undefined;
            return playToEnding(page, scenario, followPath(play.choiceIds), { from });
          });
          expect(played.state, `play ${index + 1} ends where the plan says`).toEqual(play.state);
          for (const choiceId of played.state.path) taken.add(choiceId);
          if (!endingsReached.includes(played.state.sceneId)) endingsReached.push(played.state.sceneId);
          await expectEnding(page, scenario, played.state, endingsReached);
          ending = played.state;
        }
        const authored = (kind: 'scene' | 'ending') => scenario.scenes.filter((scene) => scene.kind === kind);
        expect([...taken].sort(), 'every choice taken').toEqual(authored('scene').flatMap((scene) => scene.choices.map((choice) => choice.id)).sort());
        expect([...endingsReached].sort(), 'every ending reached').toEqual(authored('ending').map((ending) => ending.id).sort());
      });
    }
  });
}
